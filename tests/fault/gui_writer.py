"""A GUI process for tests/fault/test_dialog_scenario.py: it holds the database open and
writes, shows a file dialog on the database's folder, keeps writing while other processes
run commands, then closes.  Prints one JSON line with what it saw.

    python gui_writer.py guarded|stock DB FLAG
"""

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QFileDialog  # noqa: E402
from sqlalchemy import text  # noqa: E402

from itday.db.engine import Database  # noqa: E402
from itday.db.files import inode  # noqa: E402
from itday.ui.files import make_dialog  # noqa: E402


def pump(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    mode, path, flag = sys.argv[1:4]
    app = QApplication([])
    db = Database.open(path, create=False)
    notices = []
    db.notice = lambda message: notices.append(str(message))
    with db.session() as s:
        s.execute(text("CREATE TABLE IF NOT EXISTS probe_write (n INTEGER)"))
        s.commit()

    def write(first: int, last: int) -> None:
        for n in range(first, last + 1):
            with db.session() as s:
                s.execute(text("INSERT INTO probe_write (n) VALUES (:n)"), {"n": n})
                s.commit()

    write(1, 20)
    wal = path + "-wal"
    wal_start = inode(wal)
    folder = os.path.dirname(path)
    if mode == "guarded":
        dialog = make_dialog(None, "Ouvrir", folder)
    else:
        dialog = QFileDialog(None, "Ouvrir", folder)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    pump(app, 2.0)
    dialog.close()
    pump(app, 0.2)
    print("READY", flush=True)
    while not os.path.exists(flag):
        pump(app, 0.05)
    wal_before_writes = inode(wal)
    write(21, 40)
    db.dispose()
    print(
        json.dumps(
            {
                "wal_kept": wal_start == wal_before_writes,
                "recoveries": db.wal_recoveries,
                "notices": notices,
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
