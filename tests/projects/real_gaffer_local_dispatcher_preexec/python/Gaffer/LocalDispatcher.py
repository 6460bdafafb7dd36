"""Case real_gaffer_local_dispatcher_preexec: a background-dispatch thread spawns with preexec_fn.

Report: https://github.com/GafferHQ/gaffer/pull/1131 ("Changing the way
LocalDispatcher launches and kills jobs"): ``__doBackgroundDispatch()`` called
``subprocess.Popen`` with ``preexec_fn=os.setsid``; "this was occasionally
causing the forked process to hang before the exec() happened, meaning the call
to Popen would hang too" (in Maya, and from Gaffer's own background thread).

Clause: rules.md, Sinks, "pre-exec hook": ``subprocess.Popen`` "with the keyword
preexec_fn= anything but None". Evidence: the module constructs
``threading.Thread`` (``_doDispatch`` runs the background dispatch in a thread).

Expected: one FRK004, at the ``subprocess.Popen(args, preexec_fn=os.setsid)``
call in ``__doBackgroundDispatch``. The ``ps`` query in ``Job.statistics`` is a
``Popen`` without ``preexec_fn`` and stays silent. python/ is the source root
(the directory above the topmost package, Gaffer/).
"""

import functools
import os
import signal
import subprocess
import threading
import time

from Gaffer.Dispatcher import Dispatcher


class LocalDispatcher(Dispatcher):
    class Job:
        def __init__(self, batch, dispatcher, name, jobId, directory):
            self.__batch = batch
            self.__dispatcher = dispatcher
            self.__name = name
            self.__id = jobId
            self.__directory = directory

        def name(self):
            return self.__name

        def statistics(self):
            pid = self.__batch["blindData"].get("pid")
            if pid is None:
                return {}
            try:
                stats = subprocess.Popen(
                    "ps -Ao pid,ppid,pgid,sess,pcpu,rss | grep %i" % pid,
                    shell=True, stdout=subprocess.PIPE,
                ).communicate()[0].split()
            except OSError:
                return {}
            return {"pid": pid, "fields": len(stats)}

    def __init__(self, name="LocalDispatcher", executeInBackground=True):
        Dispatcher.__init__(self, name)
        self.__executeInBackground = executeInBackground

    def _doDispatch(self, batch, scriptFile):
        job = LocalDispatcher.Job(
            batch=batch, dispatcher=self, name=self.getName(),
            jobId=os.path.basename(self.jobDirectory()), directory=self.jobDirectory(),
        )
        if self.__executeInBackground:
            threading.Thread(
                target=functools.partial(self.__backgroundDispatch, job, batch, scriptFile)
            ).start()
        else:
            self.__foregroundDispatch(job, batch)

    def __foregroundDispatch(self, job, batch):
        for node in batch["nodes"]:
            node.execute()
        return True

    def __backgroundDispatch(self, job, batch, scriptFile):
        self.__doBackgroundDispatch(job, batch, scriptFile)

    def __doBackgroundDispatch(self, job, batch, scriptFile):
        for requirement in batch["requirements"]:
            if not self.__doBackgroundDispatch(job, requirement, scriptFile):
                return False
        if batch["blindData"].get("killed"):
            return False
        args = ["gaffer", "execute", "-script", scriptFile, "-nodes"]
        args.extend(str(n) for n in batch["nodes"])
        process = subprocess.Popen(args, preexec_fn=os.setsid)  # error: FRK004:19
        batch["blindData"]["pid"] = process.pid
        while process.poll() is None:
            if batch["blindData"].get("killed"):
                os.killpg(process.pid, signal.SIGTERM)
                return False
            time.sleep(0.01)
        return process.returncode == 0
