"""Base class for dispatchers: batches the task nodes, then hands them to ``_doDispatch``."""

import os
import tempfile


class Dispatcher:
    def __init__(self, name="Dispatcher"):
        self.__name = name
        self.__jobDirectory = None

    def getName(self):
        return self.__name

    def jobDirectory(self):
        if self.__jobDirectory is None:
            self.__jobDirectory = tempfile.mkdtemp(prefix="gafferJob")
        return self.__jobDirectory

    def dispatch(self, nodes):
        batch = {"nodes": list(nodes), "requirements": [], "blindData": {}}
        script = os.path.join(self.jobDirectory(), "untitled.gfr")
        self._doDispatch(batch, script)

    def _doDispatch(self, batch, scriptFile):
        raise NotImplementedError
