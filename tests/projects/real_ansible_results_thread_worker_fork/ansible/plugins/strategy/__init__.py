"""https://github.com/ansible/ansible/issues/77314 (same mechanism: #59642, PR #74112)

Playbooks stalled: the strategy's results thread was writing to stdout (holding its
BufferedWriter lock) when the main thread forked the next WorkerProcess; the child blocked
forever on its first print.

rules.md does not cover this because the fork is WorkerProcess(...).start(), and WorkerProcess is
a Process subclass defined in another module (ansible/executor/worker.py) on a fork context made
in a third (ansible/utils/multiprocessing.py). The sink table lists only "a local subclass of
multiprocessing.Process" and the get_context('fork') call; that call sits at module level in a
module with no thread evidence (evidence reaches callees through calls, never importees), and the
strategy is imported by name (PluginLoader), so no program links it either.
"""
import queue
import sys
import threading

from ansible.executor.worker import WorkerProcess


def results_thread_main(strategy):
    while True:
        try:
            result = strategy._final_q.get()
            if result is None:
                break
            # callbacks -> Display.display(): writes and flushes sys.stdout from this thread
            sys.stdout.write("ok: [%s] => %s\n" % (result[0], result[1]))
            sys.stdout.flush()
        except (IOError, EOFError):
            break
        except queue.Empty:
            pass


class StrategyBase:
    def __init__(self, tqm):
        self._tqm = tqm
        self._final_q = tqm._final_q
        self._workers = tqm._workers
        self._cur_worker = 0
        self._results_thread = threading.Thread(target=results_thread_main, args=(self,))
        self._results_thread.daemon = True
        self._results_thread.start()

    def _queue_task(self, host, task, task_vars, play_context):
        worker_prc = WorkerProcess(self._final_q, task_vars, host, task, play_context)
        self._workers[self._cur_worker] = worker_prc
        worker_prc.start()  # hazard (not in the contract): forks via a Process subclass from another module on a fork context made in a third
        self._cur_worker = (self._cur_worker + 1) % len(self._workers)
