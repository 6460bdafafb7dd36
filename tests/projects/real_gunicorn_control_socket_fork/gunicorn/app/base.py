"""Application base classes; run() hands the application to the Arbiter (the master)."""
import sys

from gunicorn.arbiter import Arbiter


class BaseApplication:
    def __init__(self, usage=None, prog=None):
        self.usage = usage
        self.prog = prog
        self.cfg = {"workers": 2, "control_socket": "gunicorn.ctl", "control_socket_disable": False}

    def load(self):
        raise NotImplementedError

    def wsgi(self):
        return self.load()

    def run(self):
        try:
            Arbiter(self).run()
        except RuntimeError as e:
            print("\nError: %s\n" % e, file=sys.stderr)
            sys.exit(1)


class Application(BaseApplication):
    pass
