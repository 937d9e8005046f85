"""Commands that take the data out, away or back: export, purge, backup, restore."""

from __future__ import annotations

import sys
from pathlib import Path

from itday.cli.arguments import PURGE_WORD
from itday.cli.common import command, current_event_id, event_of, open_db
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
        f"Export {kind}écrit dans {result.folder} : {rows['attendees']} participants"
        f"{cancelled}, {rows['scans']} scans, {rows['exhibitors']} exposants, "
        f"{rows['booths']} stands."
    )
    for path in result.files:
        print(f"  {path.name}")
    return 0


@command("purge")
def cmd_purge(args) -> int:
    from itday.db import repo
    from itday.services.gdpr import purge_personal_data

    db = open_db(args)
    with db.session() as session:
        event = repo.get_event(current_event_id(args, session), session=session)
        event_id, label = event.id, f"{event.name} ({event.date:%d/%m/%Y})"
    word = args.confirm
    if word is None:
        if not sys.stdin.isatty():
            raise ItdayError(
                f"la purge efface les noms, e-mails et téléphones de « {label} » : "
                f"confirmez avec --confirm {PURGE_WORD}."
            )
        print(
            f"Les noms, e-mails et téléphones de « {label} » vont être effacés "
            "(les statistiques restent). Exportez d'abord si vous en avez besoin."
        )
        word = input(f"Pour confirmer, tapez {PURGE_WORD} : ")
    if word.strip() != PURGE_WORD:
        raise ItdayError(f"purge annulée : il fallait taper {PURGE_WORD}.")
    with db.session() as session:
        counts = purge_personal_data(session, event_id)
    print(
        f"Données personnelles purgées pour « {label} » : {counts['attendees']} participants, "
        f"{counts['exhibitors']} exposants, {counts['scans']} scans refusés, "
        f"{counts['leads']} contacts des stands (sans leurs notes)."
    )
    return 0


@command("backup")
def cmd_backup(args) -> int:
    from itday.services.backup import backup_now, default_folder

    db = open_db(args, readonly=True)
    if db.path is None:
        raise ItdayError("Base PostgreSQL : faites la sauvegarde avec pg_dump.")
    folder = args.folder or default_folder(db.path)
    path = backup_now(db, folder)
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
