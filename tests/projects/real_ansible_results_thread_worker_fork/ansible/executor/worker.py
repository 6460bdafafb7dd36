"""WorkerProcess: runs one task on one host in a forked child."""
import os
import sys

from ansible.utils.multiprocessing import context as multiprocessing_context


class WorkerProcess(multiprocessing_context.Process):
    def __init__(self, final_q, task_vars, host, task, play_context):
        super(WorkerProcess, self).__init__()
        self._final_q = final_q
        self._task_vars = task_vars
        self._host = host
        self._task = task
        self._play_context = play_context

    def run(self):
        # the child's first write to stdout blocked on the BufferedWriter lock
        sys.stdout.write("worker %d running %s on %s\n" % (os.getpid(), self._task, self._host))
        sys.stdout.flush()
        self._final_q.put((self._host, self._task, "ok"))
