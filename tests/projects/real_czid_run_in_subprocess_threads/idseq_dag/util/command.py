"""https://github.com/chanzuckerberg/czid-dag/pull/154 ("Fix for hanging issue")

Pipeline runs hung: pipeline steps run in threads and call functions decorated with
@run_in_subprocess, which forks a multiprocessing.Process per call; with two concurrent step
threads the forked child got stuck (reproduced in the PR; fix: get_context('spawn')).

rules.md: default-start-method sink, multiprocessing.Process (FRK001). Evidence in this module:
it constructs threading.Timer (Updater.relaunch, the command progress timer). The step threads
(engine/pipeline_step.py, threading.Thread) reach the wrapper only through a decorated name and
PipelineStep.thread_run -> self.run() overridden in a subclass; the module's own evidence suffices.
"""
import multiprocessing
import subprocess
import sys
import threading
import time
from functools import wraps


class Updater(object):
    """Base for CommandTracker."""

    def __init__(self, update_period, update_function):
        self.update_period = update_period
        self.update_function = update_function
        self.timer_thread = None
        self.exited = False
        self.t_start = time.time()

    def relaunch(self, initial_launch=False):
        if self.exited:
            return
        if self.timer_thread and not initial_launch:
            self.update_function(time.time() - self.t_start)
        self.timer_thread = threading.Timer(self.update_period, self.relaunch)
        self.timer_thread.start()

    def __enter__(self):
        self.relaunch(initial_launch=True)
        return self

    def __exit__(self, *args):
        self.timer_thread.cancel()
        self.exited = True


def _print_update(t_elapsed):
    sys.stdout.write("Command still running after %3.1f seconds.\n" % t_elapsed)
    sys.stdout.flush()


def run_in_subprocess(target):
    """Decorator that executes a function synchronously in a subprocess."""

    @wraps(target)
    def wrapper(*args, **kwargs):
        p = multiprocessing.Process(target=target, args=args, kwargs=kwargs)  # error: FRK001:13
        p.start()
        p.join()
        if p.exitcode != 0:
            raise RuntimeError("Failed {} on {}, {}".format(target.__name__, args, kwargs))

    return wrapper


def execute(command):
    with Updater(15, _print_update):
        proc = subprocess.Popen(command, shell=True)
        proc.wait()
        return proc.returncode
