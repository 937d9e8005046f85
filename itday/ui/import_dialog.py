"""Importing visitors or exhibitors from a CSV/XLSX file: choose, map, check, import.

One dialog for both kinds (``kind`` is "visitors" or "exhibitors").  Steps, each a method
that tests call directly (no modal ``exec`` needed):

1. ``load_file(path)`` reads the file in a worker and lists its columns, each with a combo
   of the fields (preselected from the recognised headers; unknown headers highlighted);
2. ``set_mapping(column, field)`` changes a column's field ("" ignores it);
3. ``preview()`` runs the import as a dry run and shows the report (nothing written);
4. ``run_import()`` imports for real, with progress and cancel, shows the report and
   announces ``data_changed``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itday.core.importing import (
    FIELDS_EXHIBITORS,
    FIELDS_VISITORS,
    CodeColumnGuess,
    ImportCancelled,
    ImportFileError,
    ImportReport,
    apply_columns,
    detect_mapping,
    read_table,
)
from itday.errors import ItdayError
from itday.ui import i18n
from itday.ui.files import open_file_name
from itday.ui.i18n import counted, error_text
from itday.ui.import_reasons import DUPLICATE_REASON, reason_text
from itday.ui.import_statuses import (
    StatusChoices,
    remembered_columns,
    remembered_statuses,
)
from itday.ui.tasks import Cancelled

UNKNOWN_COLOUR = QColor("#ffe3b3")
IGNORED = ""
SAMPLES = 3
# The report's kinds of lines (French keys of ``report_lines``), translated on screen.
KINDS = {
    "Rejetée": QT_TRANSLATE_NOOP("ImportDialog", "Rejetée"),
    "Doublon": QT_TRANSLATE_NOOP("ImportDialog", "Doublon"),
    "Avertissement": QT_TRANSLATE_NOOP("ImportDialog", "Avertissement"),
}


def _progress_text(dry_run: bool, done: int, total: int) -> str:
    text = (
        QCoreApplication.translate("ImportDialog", "Vérification : ligne %1 sur %2")
        if dry_run
        else QCoreApplication.translate("ImportDialog", "Import : ligne %1 sur %2")
    )
    return text.replace("%1", str(done)).replace("%2", str(total))


def _read(state, path: str, kind: str, db=None) -> dict:
    try:
        table = read_table(path)
    except ImportFileError as exc:
        raise ItdayError(exc.template, **exc.params) from None
    state.check()
    mapping = apply_columns(detect_mapping(table.headers, kind), remembered_columns(db, kind))
    guess = CodeColumnGuess(mapping)  # a ticket-code column under a header nobody knows
    for row in table.rows:
        guess.add(row)
    guessed = guess.column
    if guessed is not None:
        mapping.columns[guessed] = "ticket_code"
    samples: list[list[str]] = [[] for _ in table.headers]
    for row in table.rows:
        for index, cell in enumerate(row.cells[: len(samples)]):
            cell = " ".join(cell.split())
            if cell and len(samples[index]) < SAMPLES and cell not in samples[index]:
                samples[index].append(cell)
        if all(len(s) >= SAMPLES for s in samples):
            break
    kinds: list[list[str] | None] = [[] for _ in table.headers]  # None: too many values
    for row in table.rows:
        for index, cell in enumerate(row.cells[: len(kinds)]):
            values = kinds[index]
            cell = " ".join(cell.split())
            if values is None or not cell or cell in values:
                continue
            values.append(cell)
            if len(values) > TICKET_TYPES_MAX:
                kinds[index] = None
    return {
        "path": path,
        "headers": table.headers,
        "columns": dict(mapping.columns),
        "guessed": guessed,
        "samples": samples,
        "types": kinds,
        "rows": len(table.rows),
        "format": table.format,
        "encoding": table.encoding,
        "delimiter": table.delimiter,
    }


TICKET_TYPES_MAX = 40  # a ticket-type column has a few values; a name column has many


def _remembered_types(_state, db) -> dict[str, str]:
    from itday.services.importer import _ticket_categories

    with db.session() as session:
        return _ticket_categories(session)


def _import(
    state, db, event_id: int, kind: str, path: str, mapping: dict, dry_run: bool,
    categories: dict | None = None, statuses: dict | None = None,
):  # fmt: skip
    from itday.services.importer import import_exhibitors, import_visitors

    run = import_visitors if kind == "visitors" else import_exhibitors
    extra = {"categories": categories} if kind == "visitors" and categories else {}
    if kind == "visitors" and statuses:
        extra["statuses"] = statuses
    try:
        with db.session() as session:
            return run(
                session,
                event_id,
                path,
                mapping=mapping,
                dry_run=dry_run,
                **extra,
                progress=lambda done, total: state.progress(
                    done, total, _progress_text(dry_run, done, total)
                ),
                cancelled=lambda: state.cancelled,
            )
    except ImportCancelled:
        raise Cancelled() from None
    except ImportFileError as exc:
        raise ItdayError(exc.template, **exc.params) from None


def report_lines(report: ImportReport) -> list[tuple[int, str, str]]:
    """(line, kind, reason) of every line the report mentions, sorted by line."""
    reasons = report.duplicate_reasons
    lines = [(item["line"], "Rejetée", item["reason"]) for item in report.rejected]
    lines += [
        (item["line"], "Avertissement", item["reason"])
        for item in report.warnings
        if reasons.get(item["line"]) != item["reason"]  # said once, on the duplicate's line
    ]
    lines += [(line, "Doublon", reasons.get(line, DUPLICATE_REASON)) for line in report.duplicates]
    order = {"Rejetée": 0, "Doublon": 1, "Avertissement": 2}
    return sorted(lines, key=lambda t: (t[0], order[t[1]]))


class ImportDialog(QDialog):
    #: the file was read and its columns listed
    file_loaded = Signal()
    #: a dry run finished (its ImportReport)
    previewed = Signal(object)
    #: the real import finished and was committed (its ImportReport)
    imported = Signal(object)
    #: reading or importing failed (a French message)
    failed = Signal(str)

    def __init__(self, ctx, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in ("visitors", "exhibitors"):
            raise ValueError(f"unknown import kind: {kind!r}")
        self.ctx = ctx
        self.kind = kind
        self.fields = FIELDS_VISITORS if kind == "visitors" else FIELDS_EXHIBITORS
        self.path: str | None = None
        self.headers: list[str] = []
        self.detected: dict[int, str] = {}
        self.combos: list[QComboBox] = []
        self.report: ImportReport | None = None
        self.busy = False
        title = (
            self.tr("Importer des visiteurs")
            if kind == "visitors"
            else self.tr("Importer des exposants")
        )
        self.setWindowTitle(title)
        self.resize(1000, 720)

        # 1. file
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Aucun fichier choisi (CSV ou Excel .xlsx)"))
        self.choose_button = QPushButton(self.tr("Choisir un fichier…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_info = QLabel()
        self.file_info.setObjectName("importFileInfo")
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_box = QGroupBox(self.tr("1. Fichier"))
        file_layout = QVBoxLayout(file_box)
        file_layout.addLayout(file_row)
        file_layout.addWidget(self.file_info)

        # 2. mapping
        self.mapping_table = _read_only_table(
            [self.tr("Colonne du fichier"), self.tr("Exemples"), self.tr("Importer dans")],
            stretch=1,
        )
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_hint = QLabel()
        self.mapping_hint.setWordWrap(True)
        self.mapping_hint.setObjectName("mappingHint")
        mapping_box = QGroupBox(self.tr("2. Correspondance des colonnes"))
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping_hint)
        mapping_layout.addWidget(self.mapping_table)
        self.types_title = QLabel(
            self.tr("Types de billet → catégorie (retenu pour les imports suivants)")
        )
        self.types_table = _read_only_table([self.tr("Type de billet"), self.tr("Catégorie")], 1)
        self.types_table.setObjectName("ticketTypes")
        self.types_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.types_title.setVisible(False)
        self.types_table.setVisible(False)
        mapping_layout.addWidget(self.types_title)
        mapping_layout.addWidget(self.types_table)
        self.status_choices = StatusChoices()
        mapping_layout.addWidget(self.status_choices)
        self.guessed: int | None = None
        self.type_combos: dict[str, QComboBox] = {}
        self.types: list[list[str] | None] = []
        self.remembered: dict[str, str] = {}

        # 3. report
        self.summary = QLabel(
            self.tr("Cliquez « Vérifier » pour voir ce que l'import ferait, sans rien enregistrer.")
        )
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        self.report_table = _read_only_table(
            [self.tr("Ligne"), self.tr("Type"), self.tr("Motif")], stretch=2
        )
        self.report_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report_table.setWordWrap(True)  # a long reason is read whole, never cut off
        self.report_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.save_report_button = QPushButton(self.tr("Enregistrer le compte rendu…"))
        self.save_report_button.setEnabled(False)
        self.save_report_button.clicked.connect(lambda: self.save_report())
        report_box = QGroupBox(self.tr("3. Vérification et compte rendu"))
        report_layout = QVBoxLayout(report_box)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.save_report_button)
        report_layout.addLayout(summary_row)
        report_layout.addWidget(self.report_table)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(mapping_box)
        splitter.addWidget(report_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.preview_button = QPushButton(self.tr("Vérifier (sans enregistrer)"))
        self.preview_button.clicked.connect(self.preview)
        self.import_button = QPushButton(self.tr("Importer"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(file_box)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._update_state()

    # -- 1. file -------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.ctx.settings.value("import/last_dir", "") or "")
        path, _ = open_file_name(
            self,
            self.tr("Choisir le fichier à importer"),
            start,
            self.tr("Tableaux (*.csv *.xlsx *.txt);;Tous les fichiers (*)"),
        )
        if path:
            self.ctx.settings.setValue("import/last_dir", str(Path(path).parent))
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        """Read ``path`` in a worker; ``file_loaded`` is emitted when the columns are listed."""
        self.busy = True
        self._update_state()
        self.file_edit.setText(str(path))
        self.file_info.setText(self.tr("Lecture du fichier…"))
        self.ctx.tasks.run(
            _read,
            str(path),
            self.kind,
            self.ctx.db,
            on_done=self._file_read,
            on_error=self._failed,
        )

    def _file_read(self, info: dict) -> None:
        self.busy = False
        self.path = info["path"]
        self.headers = info["headers"]
        self.detected = info["columns"]
        self.guessed = info.get("guessed")
        self.report = None
        if info["format"] == "xlsx":
            detail = self.tr("Classeur Excel")
        else:
            quoted = self.tr("« %1 »").replace("%1", info["delimiter"] or "")
            delimiter = self.tr("tabulation") if info["delimiter"] == "\t" else quoted
            detail = self.tr("CSV, séparateur %1, encodage %2").replace("%1", delimiter)
            detail = detail.replace("%2", info["encoding"] or "?")
        self.file_info.setText(
            self.tr("%1 · %2 lignes de données · %3 colonnes")
            .replace("%1", detail)
            .replace("%2", str(info["rows"]))
            .replace("%3", str(len(self.headers)))
        )
        self._fill_mapping(info["samples"])
        self.types = info.get("types", [])
        if self.kind == "visitors":
            self.ctx.tasks.run(
                _remembered_types, self.ctx.db, on_done=self._types_remembered,
                on_error=lambda _m: None,
            )  # fmt: skip
            self.ctx.tasks.run(
                remembered_statuses, self.ctx.db, on_done=self._statuses_remembered,
                on_error=lambda _m: None,
            )  # fmt: skip
        self._show_report(None)
        self._update_state()
        self.file_loaded.emit()

    def _fill_mapping(self, samples: list[list[str]]) -> None:
        table = self.mapping_table
        table.setRowCount(len(self.headers))
        self.combos = []
        for row, header in enumerate(self.headers):
            name = QTableWidgetItem(
                header or self.tr("(colonne %1 sans titre)").replace("%1", str(row + 1))
            )
            known = row in self.detected
            if header.strip() and not known:
                name.setBackground(QBrush(UNKNOWN_COLOUR))
                name.setText("⚠ " + header)
                name.setToolTip(
                    self.tr(
                        "En-tête non reconnu : choisissez le champ à remplir, "
                        "ou laissez « Ne pas importer »."
                    )
                )
            if row == self.guessed:  # its values look like ticket codes: pre-selected
                name.setBackground(QBrush(UNKNOWN_COLOUR))
                name.setText("⚠ " + header)
                name.setToolTip(
                    self.tr(
                        "En-tête non reconnu, mais une valeur différente par ligne, lettres et "
                        "chiffres : pré-choisie comme « Code du billet ». Vérifiez."
                    )
                )
            table.setItem(row, 0, name)
            example = QTableWidgetItem("  ·  ".join(samples[row]) if row < len(samples) else "")
            example.setForeground(QBrush(QColor("#555555")))
            table.setItem(row, 1, example)
            combo = QComboBox()
            combo.addItem(self.tr("— Ne pas importer —"), IGNORED)
            for key in self.fields:
                combo.addItem(i18n.label(self.fields, i18n.IMPORT_FIELDS_EN, key), key)
            combo.setCurrentIndex(max(combo.findData(self.detected.get(row, IGNORED)), 0))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._combo_changed(r))
            table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(2)

    def _types_remembered(self, remembered: dict) -> None:
        self.remembered = dict(remembered or {})
        self._fill_types()

    def _statuses_remembered(self, remembered: dict) -> None:
        self.status_choices.remembered = dict(remembered or {})
        self._fill_statuses()

    def _fill_statuses(self) -> None:
        """One row per value of the column fed to « Statut du billet »: what it means."""
        column = next((i for i, f in self.mapping().items() if f == "status"), None)
        values = self.types[column] if column is not None and column < len(self.types) else None
        self.status_choices.fill(values if self.kind == "visitors" else None)

    def _fill_types(self) -> None:
        """One row per ticket type of the column fed to « Type de billet »: its category."""
        from itday.core.enums import CATEGORY_LABELS_EN, CATEGORY_LABELS_FR, Category
        from itday.core.importing import category_of
        from itday.core.text import fold

        column = next((i for i, f in self.mapping().items() if f == "category"), None)
        values = self.types[column] if column is not None and column < len(self.types) else None
        self.type_combos = {}
        shown = bool(values) and self.kind == "visitors"
        self.types_title.setVisible(shown)
        self.types_table.setVisible(shown)
        if not shown:
            self.types_table.setRowCount(0)
            return
        self.types_table.setRowCount(len(values))
        for row, value in enumerate(values):
            item = QTableWidgetItem(value)
            guess = self.remembered.get(fold(value))
            if guess is None:
                known = category_of(value)
                guess = known.value if known is not None else Category.VISITOR.value
                if known is None:
                    item.setBackground(QBrush(UNKNOWN_COLOUR))
                    item.setToolTip(self.tr("Type inconnu : choisissez sa catégorie."))
            self.types_table.setItem(row, 0, item)
            combo = QComboBox()
            for category in Category:
                combo.addItem(
                    i18n.label(CATEGORY_LABELS_FR, CATEGORY_LABELS_EN, category), category.value
                )
            combo.setCurrentIndex(max(combo.findData(guess), 0))
            self.types_table.setCellWidget(row, 1, combo)
            self.type_combos[value] = combo
        self.types_table.resizeColumnToContents(0)

    def ticket_categories(self) -> dict[str, str]:
        """Ticket type (folded) → category, as the combos say."""
        from itday.core.text import fold

        return {fold(value): combo.currentData() for value, combo in self.type_combos.items()}

    # -- 2. mapping ----------------------------------------------------------------------
    def unknown_columns(self) -> list[int]:
        return [i for i, h in enumerate(self.headers) if h.strip() and i not in self.detected]

    def mapping(self) -> dict[int, str]:
        """Column index → field name ("" = not imported), as the combos say."""
        return {i: combo.currentData() for i, combo in enumerate(self.combos)}

    def set_mapping(self, column: int, field: str | None) -> None:
        """Feed ``field`` from ``column`` ("" or None: do not import the column)."""
        field = field or IGNORED
        if field and field not in self.fields:
            raise ValueError(f"unknown field: {field}")
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def _combo_changed(self, column: int) -> None:
        field = self.combos[column].currentData()
        if field:  # a field is fed by one column only
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.report = None
        self._fill_types()
        self._fill_statuses()
        self._show_report(None)
        self._update_state()

    def has_name(self) -> bool:
        wanted = {"first_name", "last_name", "full_name"} if self.kind == "visitors" else {"name"}
        return any(f in wanted for f in self.mapping().values())

    def _update_state(self) -> None:
        ready = self.path is not None and not self.busy and self.has_name()
        self.preview_button.setEnabled(ready)
        self.import_button.setEnabled(ready and self.ctx.event_id is not None)
        self.choose_button.setEnabled(not self.busy)
        if self.path is None:
            self.mapping_hint.setText(
                self.tr("Choisissez un fichier : ses colonnes s'afficheront ici.")
            )
            return
        hints = []
        unknown = [i for i in self.unknown_columns() if not self.mapping().get(i)]
        if unknown:
            hints.append(
                self.tr(
                    "%1 colonne(s) non reconnue(s), surlignée(s) : choisissez leur champ "
                    "ou laissez-les de côté."
                ).replace("%1", str(len(unknown)))
            )
        if not self.has_name():
            wanted = (
                self.tr("le nom ou le prénom")
                if self.kind == "visitors"
                else self.tr("le nom de la société")
            )
            hints.append(
                "⚠ " + self.tr("Indiquez la colonne qui contient %1.").replace("%1", wanted)
            )
        if not hints:
            hints.append(self.tr("Toutes les colonnes sont reconnues."))
        self.mapping_hint.setText("  ".join(hints))

    # -- 3. dry run and import --------------------------------------------------------------
    def preview(self) -> None:
        """Dry run in a worker; ``previewed`` carries the report."""
        if not self._can_run():
            return
        self.busy = True
        self._update_state()
        self.summary.setText(self.tr("Vérification en cours…"))
        self.ctx.tasks.run(
            _import,
            self.ctx.db,
            self.ctx.event_id,
            self.kind,
            self.path,
            self.mapping(),
            True,
            self.ticket_categories(),
            self.status_choices.statuses(),
            on_done=self._previewed,
            on_error=self._failed,
        )

    def run_import(self) -> None:
        """The real import, with a progress dialog that can cancel it."""
        if not self._can_run():
            return
        self.busy = True
        self._update_state()
        task = self.ctx.tasks.run_with_progress(
            self,
            self.tr("Import en cours"),
            _import,
            self.ctx.db,
            self.ctx.event_id,
            self.kind,
            self.path,
            self.mapping(),
            False,
            self.ticket_categories(),
            self.status_choices.statuses(),
            on_done=self._imported,
            on_error=self._failed,
            on_cancel=self._import_cancelled,  # passed on to TaskRunner.run
        )
        self.task = task

    def _can_run(self) -> bool:
        if self.path is None or self.busy or self.ctx.event_id is None:
            return False
        if not self.has_name():
            self._update_state()
            return False
        return True

    def _previewed(self, report: ImportReport) -> None:
        self.busy = False
        self._show_report(report)
        self._update_state()
        self.previewed.emit(report)

    def _imported(self, report: ImportReport) -> None:
        self.busy = False
        self._show_report(report)
        self._update_state()
        self.ctx.bridge.data_changed.emit("attendees" if self.kind == "visitors" else "exhibitors")
        if self.kind == "exhibitors":
            self.ctx.bridge.data_changed.emit("booths")
        self.ctx.bridge.info(self.summary.text())
        self.import_button.setText(self.tr("Importer à nouveau"))
        self.close_button.setDefault(True)
        self.imported.emit(report)

    def _import_cancelled(self) -> None:
        self.busy = False
        self.summary.setText(self.tr("Import annulé : rien n'a été enregistré."))
        self._update_state()

    def _failed(self, message: str) -> None:
        self.busy = False
        self.summary.setText("⚠ " + message)
        self.summary.setStyleSheet("color: #b00020; font-weight: bold;")
        if self.path is None:
            self.file_info.setText("⚠ " + message)
        self._update_state()
        self.failed.emit(message)

    def save_report(self, path: str | None = None) -> str:
        """« Enregistrer le compte rendu… »: the whole report as a text file; its path."""
        if self.report is None:
            return ""
        if path is None:
            from itday.ui.files import save_file_name

            path, _ = save_file_name(
                self, self.tr("Enregistrer le compte rendu"), "compte-rendu-import.txt",
                self.tr("Texte (*.txt)"),
            )  # fmt: skip
            if not path:
                return ""
        from itday.services import outfile

        text = report_text(self.summary.text(), report_lines(self.report))
        try:  # whole or not at all, never over a database (the dialog asked before replacing)
            with outfile.writing(path, outfile.ANY) as tmp:
                Path(tmp).write_text(text, encoding="utf-8")
            target = Path(path)
        except (ItdayError, OSError) as exc:
            self.summary.setText(error_text(exc) if isinstance(exc, ItdayError) else str(exc))
            return ""
        return str(target)

    def _show_report(self, report: ImportReport | None) -> None:
        self.report = report
        self.summary.setStyleSheet("")
        if report is None:
            self.summary.setText(
                self.tr(
                    "Cliquez « Vérifier » pour voir ce que l'import ferait, sans rien enregistrer."
                )
            )
            self.report_table.setRowCount(0)
            self.save_report_button.setEnabled(False)
            return
        self.save_report_button.setEnabled(True)
        lines = report_lines(report)
        # the counts are those of the rows listed below, kind by kind (issue 24.15: a warning
        # said once on its duplicate's line is not counted twice), singular or plural
        rows = {kind: sum(1 for _l, k, _r in lines if k == kind) for kind in KINDS}
        n = counted
        parts = [
            n(report.imported, self.tr("%1 nouveau"), self.tr("%1 nouveaux")),
            n(report.updated, self.tr("%1 mis à jour"), self.tr("%1 mis à jour")),
            n(report.unchanged, self.tr("%1 inchangé"), self.tr("%1 inchangés")),
            n(rows["Doublon"], self.tr("%1 doublon fusionné"), self.tr("%1 doublons fusionnés")),
            n(rows["Avertissement"], self.tr("%1 avertissement"), self.tr("%1 avertissements")),
            n(rows["Rejetée"], self.tr("%1 ligne rejetée"), self.tr("%1 lignes rejetées")),
        ]
        if report.cancelled:  # the status column says their ticket no longer stands
            parts.append(
                self.tr("%1 au billet annulé ou remboursé").replace("%1", str(report.cancelled))
            )
        if report.tickets is not None:  # the file has a ticket-code column
            parts.append(
                n(report.tickets, self.tr("%1 code de billet"), self.tr("%1 codes de billet"))
            )
        head = (
            self.tr("Vérification (rien n'est enregistré) : ")
            if report.dry_run
            else self.tr("Import terminé : ")
        )
        self.summary.setText(head + ", ".join(parts) + ".")
        colours = {"Rejetée": "#ffd6d6", "Doublon": "#e3ecff", "Avertissement": "#fff1c9"}
        self.report_table.setRowCount(len(lines))
        for row, (line, kind, reason) in enumerate(lines):
            items = [
                QTableWidgetItem(str(line)),
                QTableWidgetItem(QCoreApplication.translate("ImportDialog", KINDS[kind])),
                QTableWidgetItem(reason_text(reason)),
            ]
            items[0].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col, item in enumerate(items):
                if col == 1:
                    item.setBackground(QBrush(QColor(colours[kind])))
                self.report_table.setItem(row, col, item)


def report_text(summary: str, lines: list[tuple[int, str, str]]) -> str:
    """The report as a text file (UTF-8, one line of the file per line): line, kind, reason."""
    out = [summary, ""]
    for line, kind, reason in lines:
        kind_text = QCoreApplication.translate("ImportDialog", KINDS[kind])
        out.append(f"{line}\t{kind_text}\t{reason_text(reason)}")
    return "\n".join(out) + "\n"


def _read_only_table(headers: list[str], stretch: int) -> QTableWidget:
    """A table the dialog fills: no editing, columns fitted, column ``stretch`` takes the rest."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else (QHeaderView.ResizeMode.ResizeToContents)
        )
        header.setSectionResizeMode(column, mode)
    return table
