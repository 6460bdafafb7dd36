"""Case real_loguru_thread_process.

Re-creation of https://github.com/Delgan/loguru/issues/231 ("Deadlock when using multithreaded &
multiprocessing Environment", bug 1: "Deadlock while mixing threading with multiprocessing"): a
thread logs through a slow sink while multiprocessing.Process forks; the child inherits the
handler lock held and deadlocks on its first log call.

Labels (rules.md): the threading.Thread under the main guard is this module's own evidence
(the per-module rule counts it anywhere in the module), so the Process is FRK001. The loguru
logger.add(...) call is not evidence: the catalog names it only with enqueue=True.
"""
import multiprocessing
import threading

from app.log_setup import configure
from app.work import worker

if __name__ == "__main__":
    configure()

    thread = threading.Thread(target=worker)
    thread.start()

    process = multiprocessing.Process(target=worker)  # error: FRK001:15
    process.start()

    thread.join()
    process.join()
