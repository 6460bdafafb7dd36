"""`gunicorn` console script: builds the WSGI application and runs the arbiter."""
from gunicorn.app.base import Application


class WSGIApplication(Application):
    def init(self, parser, opts, args):
        self.app_uri = args[0] if args else None

    def load(self):
        return self.app_uri


def run(prog=None):
    WSGIApplication("%(prog)s [OPTIONS] [APP_MODULE]", prog=prog).run()


if __name__ == "__main__":
    run()
