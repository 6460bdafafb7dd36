"""prog2_child_helper_chain_two_modules_neg.

Clause: version 2, "Code that runs only in a child process": "a function (or what it
calls) that the project uses only as `Process(target=f)` ... runs in the child". Program
relayd (`relayd.cli:main`) contains cli, child, link and beat.

child.run_child is used only as a Process target. It calls link.open_link() (relayd/link.py),
which calls beat.start_pinger() (relayd/beat.py), which starts a threading.Thread. Neither
helper is called from anywhere else, so both are child-only: the thread is never evidence
for the parent or its program. No module starts threads at import time.

Expected: nothing: not the `multiprocessing.Process(...)` nor the later
`multiprocessing.Pool(2)` below, not the os.fork() in link.reset_links() (parent code: it is
called from main(); the parent has no thread evidence).
"""
import multiprocessing

from relayd import child, link


def _purge(name):
    return name


def main():
    link.reset_links()
    proc = multiprocessing.Process(target=child.run_child, args=("eth0",))
    proc.start()
    proc.join()
    with multiprocessing.Pool(2) as pool:
        pool.map(_purge, ["a", "b"])
