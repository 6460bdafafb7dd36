"""Positions with non-ASCII text before the sink on the same line: columns count characters.

rules.md, "Findings": the column is the 0-based column of the call's start, printed + 1.  The
lines below put accented Latin, CJK and an emoji (one character each, several bytes in UTF-8)
before the sink, so a UTF-8 byte offset (ast's col_offset) and a character offset differ; the
markers count characters.  Raw forks are spelled `from os import fork as _fork`,
`from pty import fork as pty_fork`, and `import os as système` (a non-ASCII alias).
Evidence: `threading.Thread`.
Expected: as marked.
"""
import logging
import multiprocessing
import os as système
import threading
from concurrent.futures import ProcessPoolExecutor
from os import fork as _fork
from pty import fork as pty_fork

log = logging.getLogger("überwachung")


def _zähler():
    pass


def starte_zähler():
    threading.Thread(target=_zähler, daemon=True).start()


def démarrer():
    größe = _fork()  # error: FRK003:13
    print("Größe:", größe); kind = système.fork()  # error: FRK003:36
    return größe, kind


def ワーカー():
    結果 = {"名前": "ワーカー", "プール": multiprocessing.Pool(2)}  # error: FRK001:32
    return 結果


def start_logged():
    log.info("🚀 démarrage %s", ProcessPoolExecutor(max_workers=1))  # error: FRK001:32
    pid, fd = pty_fork()  # error: FRK003:15
    return pid, fd
