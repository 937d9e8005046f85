"""Commands that take the data out, away or back: export, purge, backup, restore."""

from __future__ import annotations

import sys
from pathlib import Path

from itday.cli.arguments import PURGE_WORD
from itday.cli.common import command, current_event_id, event_of, open_db
from itday.core.text import counted
from itday.errors import QT_TRANSLATE_NOOP, ItdayError, UsageError


@command("export")
def cmd_export(args) -> int:
    from itday.services.export import export_edition

    if not args.out_dir.strip():  # "" would be the current folder: never by accident
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "Donnez le dossier de l'export : itday export DOSSIER.")
        )
    db = open_db(args, readonly=True)
    result = export_edition(
        db,
        event_of(args, db),
        args.out_dir,
        anonymise=args.anonymise,
        force=args.force,
        technical=args.technical,
        language=args.language,
    )
    kind = "anonymisé " if result.anonymised else ""
    rows = result.rows
    # the same count of registrations as stats, the GUI and report.pdf: the cancelled ones
    # are in the files (marked cancelled) but said apart
    n = result.cancelled
    cancelled = f" (dont {n} annulé{'s' if n > 1 else ''})" if n else ""
    print(
        f"Export {kind}écrit dans {result.folder} : {counted(rows['attendees'], 'participant')}"
        f"{cancelled}, {counted(rows['scans'], 'scan')}, "
        f"{counted(rows['exhibitors'], 'exposant')}, {counted(rows['booths'], 'stand')}."
    )
    for path in result.files:
        print(f"  {path.name}")
    return 0


@command("purge")
def cmd_purge(args) -> int:
    from itday.db import repo
    from itday.services.gdpr import purge_personal_data
    from itday.services.personal_copies import copies_of

    db = open_db(args)
    with db.session() as session:
        event = repo.get_event(current_event_id(args, session), session=session)
        event_id, label = event.id, f"{event.name} ({event.date:%d/%m/%Y})"
        copies = copies_of(db, session, event_id)
    keep = args.keep_backups
    also = (
        f" ; et les copies qui les contiennent : {copies.summary()}" if copies and not keep else ""
    )
    word = args.confirm
    if word is None:
        if not sys.stdin.isatty():
            raise ItdayError(
                f"la purge efface les noms, e-mails et téléphones de « {label} »{also} : "
                f"confirmez avec --confirm {PURGE_WORD}."
            )
        print(
            f"Les noms, e-mails et téléphones de « {label} » vont être effacés{also} "
            "(les statistiques restent). Exportez d'abord si vous en avez besoin."
        )
        if copies and not keep:
            print("Pour garder ces copies, relancez avec --keep-backups.")
        word = input(f"Pour confirmer, tapez {PURGE_WORD} : ")
    if word.strip() != PURGE_WORD:
        raise ItdayError(f"purge annulée : il fallait taper {PURGE_WORD}.")
    with db.session() as session:
        counts = purge_personal_data(session, event_id)
    print(
        f"Données personnelles purgées pour « {label} » : "
        f"{counted(counts['attendees'], 'participant')}, "
        f"{counted(counts['exhibitors'], 'exposant')}, {counted(counts['scans'], 'scan refusé')}, "
        f"{counted(counts['leads'], 'contact des stands', 'contacts des stands')} "
        "(sans leurs notes)."
    )
    return _purge_copies(copies, keep)


def _purge_copies(copies, keep: bool) -> int:
    """Delete the backups and exports that still name people (``--keep-backups``: list
    them); 1 if one could not be deleted."""
    from itday.services.personal_copies import remove

    if not copies:
        return 0
    if keep:
        print(f"Gardées (--keep-backups), elles contiennent encore les noms : {copies.summary()}.")
        return 0
    removed, failed = remove(copies)
    print(f"Copies supprimées ({counted(len(removed), 'fichier')}) :")
    for path in removed:
        print(f"  {path}")
    for path, reason in failed:
        print(f"itday : {path} n'a pas pu être supprimé ({reason}) : effacez-le vous-même.",
              file=sys.stderr)  # fmt: skip
    return 1 if failed else 0


@command("backup")
def cmd_backup(args) -> int:
    from itday.services.backup import backup_now, default_folder

    db = open_db(args, readonly=True)
    if db.path is None:
        raise ItdayError("Base PostgreSQL : faites la sauvegarde avec pg_dump.")
    folder = args.folder or default_folder(db.path)
    path = backup_now(db, folder)
    if args.folder:  # a purge finds the copies there too (issue 23.8)
        from itday.services.personal_copies import BACKUPS_KEY, remember_export

        remember_export(db, folder, BACKUPS_KEY)
    print(f"Sauvegarde écrite : {path}")
    return 0


@command("restore")
def cmd_restore(args) -> int:
    from sqlalchemy.engine import make_url

    from itday.db.engine import to_url
    from itday.services.restore import restore

    url = make_url(to_url(args.db))
    if url.get_backend_name() != "sqlite":
        raise ItdayError("Base PostgreSQL : restaurez avec pg_restore.")
    target = Path(url.database)
    done = restore(args.backup, target, other_database=args.other_database)
    if done.migrated:
        print("La sauvegarde venait d'un schéma plus ancien : elle a été mise à jour.")
    if done.corrupt:
        print(f"La base était endommagée : elle est gardée dans {done.safety}")
    elif done.safety is not None:
        print(f"L'état d'avant est gardé dans {done.safety}")
    print(f"Sauvegarde {args.backup} remise dans {target}.")
    return 0
