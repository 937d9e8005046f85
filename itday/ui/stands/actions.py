"""The Exposants page's « Stands connectés » menu (organiser mode, issue 25): the stands'
server panel, the « Kit exposant » of the selected exhibitor or of all, revoking a stand's
links, exporting every stand's leads into a folder.

PDF rendering, revoking and the export run in workers (``ctx.tasks``), with progress and
cancel for the long ones; the widgets only ask and show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from itday.services.pdf import Cancelled as RenderCancelled
from itday.ui.ask import ask_yes_no
from itday.ui.exhibitors.preview import render_with_preview
from itday.ui.files import existing_directory
from itday.ui.tasks import Cancelled

# -- work done in the pool (no widgets) ---------------------------------------------------


def _render_kits(out: Path, state, db, event_id: int, exhibitor_id, running_url):
    from itday.services.stand_kits import render_kit_pdf

    def progress(done: int, total: int) -> None:
        state.progress(
            done,
            total,
            QCoreApplication.translate("StandsMenu", "Kits exposants : page %1 / %2")
            .replace("%1", str(done))
            .replace("%2", str(total)),
        )

    try:
        return render_kit_pdf(
            db, event_id, out, exhibitor_id=exhibitor_id, running_url=running_url,
            progress=progress, cancelled=lambda: state.cancelled,
        )  # fmt: skip
    except RenderCancelled:
        raise Cancelled() from None


def _revoke(state, db, exhibitor_id: int) -> int:
    from itday.db import leads as db_leads

    with db.session() as session:
        return len(db_leads.revoke(exhibitor_id, session=session))


def _export(state, db, event_id: int, folder: str, exhibitor_id):
    from itday.services.stand_exports import export_stand_leads

    def progress(done: int, total: int, name: str) -> None:
        text = (
            QCoreApplication.translate("StandsMenu", "Contacts du stand %1…").replace("%1", name)
            if name
            else ""
        )
        state.progress(done, total, text)

    return export_stand_leads(
        db, event_id, folder, exhibitor_id=exhibitor_id, progress=progress,
        cancelled=lambda: state.cancelled,
    )  # fmt: skip


def show_server_dialog(ctx, parent: QWidget):
    """The stands' server panel, one per context; organiser mode (asks the PIN)."""
    from itday.ui import roles
    from itday.ui.stands.dialog import StandsServerDialog

    control = ctx.stands_server
    if control is None:
        return None
    if not ctx.organiser and not roles.ask_unlock(ctx, parent):
        return None
    dialog = getattr(control, "dialog", None)
    if dialog is None:
        dialog = StandsServerDialog(ctx, parent.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(control, "dialog", None))
        control.dialog = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class StandsMenu(QObject):
    """The menu button and what its entries do, for a page that tells the exhibitor
    selected (``page.current_id()``) and its name (``page.exhibitor_name(id)``)."""

    def __init__(self, ctx, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.preview = None  # the last kit preview (tests look at it)
        self.last_export = None  # the last export's result
        self.button = QToolButton(page)
        self.button.setObjectName("standsMenuButton")
        self.button.setText(self.tr("Stands connectés"))
        self.button.setToolTip(
            self.tr(
                "Contacts des exposants scannés depuis leurs téléphones : serveur, kits, "
                "révocation, export (organisateur)"
            )
        )
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)

        def action(text: str, slot) -> QAction:
            act = QAction(text, self.button)  # lives as long as the button
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        self.server_action = action(self.tr("Serveur des stands…"), lambda: self.open_server())
        menu.addSeparator()
        self.kit_action = action(
            self.tr("Kit exposant de l'exposant sélectionné"), lambda: self.print_kits(True)
        )
        self.kits_action = action(
            self.tr("Kits de tous les exposants (une page chacun)"),
            lambda: self.print_kits(False),
        )
        self.revoke_action = action(
            self.tr("Révoquer les liens de l'exposant sélectionné…"), lambda: self.revoke_selected()
        )
        menu.addSeparator()
        self.export_action = action(
            self.tr("Exporter les contacts des stands…"), lambda: self.export()
        )
        self.button.setMenu(menu)
        menu.aboutToShow.connect(self.update)  # the page also calls it as its state changes

    def update(self) -> None:
        organiser = bool(self.ctx.organiser) and self.ctx.event_id is not None
        self.button.setEnabled(organiser)
        self.server_action.setEnabled(self.ctx.stands_server is not None)
        selected = self.page.current_id()
        for action in (self.kit_action, self.revoke_action):
            action.setEnabled(organiser and selected is not None)
        if selected is not None:
            name = self.page.exhibitor_name(selected)
            self.kit_action.setText(self.tr("Kit exposant de « %1 »").replace("%1", name))
            self.revoke_action.setText(self.tr("Révoquer les liens de « %1 »…").replace("%1", name))

    # -- server -----------------------------------------------------------------------------
    def open_server(self):
        return show_server_dialog(self.ctx, self.page)

    # -- kits -------------------------------------------------------------------------------
    def print_kits(self, selected_only: bool):
        """Render the kit (the selected exhibitor's, or everyone's) in a worker, then show
        its print preview (save, print)."""
        if not self.ctx.organiser or self.ctx.event_id is None:
            return None
        exhibitor_id = self.page.current_id() if selected_only else None
        if selected_only and exhibitor_id is None:
            return None
        control = self.ctx.stands_server
        running = control.url if control is not None and control.is_running else None
        db, event_id = self.ctx.db, self.ctx.event_id
        if exhibitor_id is not None:
            title = self.tr("Kit exposant — %1").replace(
                "%1", self.page.exhibitor_name(exhibitor_id)
            )
        else:
            title = self.tr("Kits exposants")

        made = {}

        def render(out: Path, state):
            made["kit"] = _render_kits(out, state, db, event_id, exhibitor_id, running)

        def keep(dialog) -> None:
            self.preview = dialog
            if control is not None and "kit" in made:
                control.kits_printed.emit(made["kit"].address.url)
            if running is None:
                self.ctx.bridge.info(
                    self.tr(
                        "Kits imprimés pour une adresse où le serveur des stands ne tourne pas "
                        "encore : démarrez-le à cette adresse (voir le kit)."
                    )
                )

        return render_with_preview(
            self.ctx, self.page, title, self.page.out_dir, render, on_preview=keep,
            with_state=True,
        )  # fmt: skip

    # -- revoking ---------------------------------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        """Ask before revoking (tests replace this method)."""
        return ask_yes_no(self.page, title, text)

    def revoke_selected(self):
        exhibitor_id = self.page.current_id()
        if exhibitor_id is None or not self.ctx.organiser:
            return None
        name = self.page.exhibitor_name(exhibitor_id)
        text = self.tr(
            "Révoquer les liens du stand « %1 » ?\n\n"
            "Les téléphones reliés à ce stand perdent l'accès tout de suite ; de nouveaux liens "
            "sont créés. Son kit exposant imprimé ne sert plus : il faudra imprimer le nouveau "
            "et le lui remettre. Les contacts déjà scannés sont gardés."
        ).replace("%1", name)
        if not self.confirm(self.tr("Révoquer les liens d'un stand"), text):
            return None
        return self.ctx.tasks.run(
            _revoke,
            self.ctx.db,
            exhibitor_id,
            on_done=lambda _n: self._revoked(exhibitor_id, name),
            on_error=self.ctx.bridge.error,
            owner=self.page,
        )

    def _revoked(self, exhibitor_id: int, name: str) -> None:
        self.ctx.bridge.info(
            self.tr("Liens du stand « %1 » révoqués : imprimez son nouveau kit.").replace(
                "%1", name
            )
        )
        if self.confirm(
            self.tr("Nouveau kit à imprimer"),
            self.tr(
                "Les liens du stand « %1 » sont révoqués ; son ancien kit ne sert plus.\n\n"
                "Imprimer son nouveau kit maintenant ?"
            ).replace("%1", name),
        ):
            if self.page.select_id(exhibitor_id):
                self.print_kits(True)

    # -- export -----------------------------------------------------------------------------
    def choose_folder(self) -> str:
        """The folder to export into (tests replace this method)."""
        start = str(self.ctx.settings.value("leads/export_folder", "") or "")
        return existing_directory(self.page, self.tr("Dossier des contacts des stands"), start)

    def export(self, folder: str | None = None, exhibitor_id: int | None = None):
        """Every stand's leads (or one's) into ``folder``, in a worker with progress and
        cancel; returns the task."""
        if not self.ctx.organiser or self.ctx.event_id is None:
            return None
        folder = folder or self.choose_folder()
        if not folder:
            return None
        self.ctx.settings.setValue("leads/export_folder", folder)
        return self.ctx.tasks.run_with_progress(
            self.page,
            self.tr("Export des contacts des stands…"),
            _export,
            self.ctx.db,
            self.ctx.event_id,
            folder,
            exhibitor_id,
            on_done=self._exported,
            on_error=self._export_failed,
        )

    def _exported(self, result) -> None:
        self.last_export = result
        text = (
            self.tr("%1 contacts de %2 stands exportés dans %3 (CSV, Excel et vCard par stand).")
            .replace("%1", str(result.leads))
            .replace("%2", str(result.stands))
            .replace("%3", str(result.folder))
        )
        if result.without_leads:
            text += " " + self.tr("%1 stands sans contact : aucun fichier.").replace(
                "%1", str(result.without_leads)
            )
        self.ctx.bridge.info(text)

    def _export_failed(self, message: str) -> None:
        self.ctx.bridge.error(message)
        QMessageBox.warning(self.page, self.tr("Export des contacts des stands"), message)
