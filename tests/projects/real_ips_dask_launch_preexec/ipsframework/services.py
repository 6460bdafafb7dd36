"""real_ips_dask_launch_preexec: services.launch runs on worker threads and starts tasks with preexec_fn.

Report: https://github.com/HPC-SimTools/IPS-framework/issues/186
("`services.launch` subprocess - linter warns that `preexec_fn` can lead to deadlocks when used
in threads").

What was reported: `ipsframework.services.launch()` is the function that
`TaskPool.submit_dask_tasks` hands to `dask.distributed.Client.submit`, so it runs on a dask
worker's thread pool, next to other task threads that print to the shared event log under
`worker.lock`. It starts each task binary with
`subprocess.Popen(cmd_lst, ..., preexec_fn=os.setsid, env=new_env)`. The maintainers noted that
the subprocess docs and Ruff (PLW1509) call preexec_fn unsafe in a threaded program (the child
can deadlock before exec) and that this may explain dask workers not shutting down cleanly; the
proposed fix is `start_new_session=True`.

Re-creation: dask.distributed's worker is not in the rules.md catalog, so its thread pool is
modelled by ipsframework/dask_worker.py, a project module whose threads call launch() directly.
The `worker.lock = threading.Lock()` made inside launch() is not evidence (a lock in a function
body), and ServicesProxy._launch_task's Popen has no preexec_fn.

Clauses: "evidence flows to the callee": dask_worker.py starts threads (threading.Thread) and
calls services.launch(); pre-exec hook `subprocess.Popen(..., preexec_fn=os.setsid)`.

Expected: one finding, FRK004 at the Popen in launch() (ipsframework/services.py:63).
"""
import json
import os
import subprocess
import sys
import threading
import time


def launch(binary, task_name, working_dir, *args, **keywords):
    """This is used by TaskPool.submit_dask_tasks as the input to dask.distributed.Client.submit."""
    from dask.distributed import get_worker  # pylint: disable=import-outside-toplevel

    worker = get_worker()
    if not hasattr(worker, "lock"):
        worker.lock = threading.Lock()

    start_time = time.time()
    os.chdir(working_dir)
    worker_event_log = sys.stdout

    task_stdout = sys.stdout
    log_filename = keywords.get("logfile")
    if log_filename:
        task_stdout = open(log_filename, "w")
    task_stderr = subprocess.STDOUT

    new_env = os.environ.copy()
    new_env.update(keywords.get("task_env", {}))
    timeout = float(keywords.get("timeout", 1.e9))

    cmd = f"{binary} {' '.join(map(str, args))}"
    with worker.lock:
        print(json.dumps({"eventType": "IPS_LAUNCH_DASK_TASK", "event_time": time.time(),
                          "comment": f"task_name = {task_name}, Target = {cmd}"}),
              file=worker_event_log)

    cmd_lst = cmd.split()
    process = subprocess.Popen(cmd_lst, stdout=task_stdout,  # error: FRK004:15
                               stderr=task_stderr,
                               cwd=working_dir,
                               preexec_fn=os.setsid,
                               env=new_env)
    try:
        ret_val = process.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, 9)
        ret_val = -1
    with worker.lock:
        print(json.dumps({"eventType": "IPS_TASK_END", "event_time": time.time(),
                          "comment": f"task_name = {task_name}, elapsed time = {time.time() - start_time:.2f}s"}),
              file=worker_event_log)
    return task_name, ret_val


class ServicesProxy:
    def __init__(self):
        self.task_map = {}

    def _launch_task(self, task_id, command, working_dir):
        cmd_lst = command.split(" ")
        process = subprocess.Popen(cmd_lst, stdout=sys.stdout, stderr=subprocess.STDOUT, cwd=working_dir)
        self.task_map[task_id] = process
        return task_id
