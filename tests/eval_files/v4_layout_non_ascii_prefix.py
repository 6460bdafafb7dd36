"""v4_layout_non_ascii_prefix: non-ASCII text before a sink on the same line.

rules.md, Findings: the column is the call expression's start, and flake8 prints it "counted in
characters" (not UTF-8 bytes: ``ast`` offsets are bytes, so a checker must convert). Accented
letters (2 bytes), CJK (3 bytes) and an emoji (4 bytes, one code point) precede the sinks.
Evidence: a ``threading.Thread`` built in ``start_monitor``. Expected: FRK001 x3, FRK004 x2.
"""
import logging
import multiprocessing
import subprocess
import threading
from concurrent.futures import ProcessPoolExecutor

log = logging.getLogger("überwachung")
_STATUS = {}


def _poll():
    log.info("Prüfung läuft")


def _brew():
    print("café prêt", flush=True)


def _steep():
    print("thé prêt", flush=True)


def _nice():
    import os

    os.nice(5)


def start_monitor():
    monitor = threading.Thread(target=_poll, name="Überwachung", daemon=True)
    monitor.start()
    return monitor


def start_workers():
    workers = {"café": multiprocessing.Process(target=_brew), "thé": multiprocessing.Process(target=_steep)}  # error: FRK001:24, FRK001:70
    for worker in workers.values():
        worker.start()
    return workers


def start_indexer():
    _STATUS["日本語の索引"] = ProcessPoolExecutor(max_workers=2)  # error: FRK001:25


def start_encoder(cmd):
    log.info("🚀 démarrage de %s", subprocess.Popen(cmd, preexec_fn=_nice).pid)  # error: FRK004:35
    return _STATUS.setdefault("encodeur", "démarré")


def start_decoder(cmd):
    note = "Ω"; proc = subprocess.Popen(cmd, preexec_fn=_nice)  # error: FRK004:24
    return note, proc
