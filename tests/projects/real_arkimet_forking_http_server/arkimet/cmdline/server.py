"""https://github.com/ARPA-SIMC/arkimet/issues/364

arki-server forks per request (socketserver.ForkingMixIn) in a process that also runs threads:
Python warned "This process ... is multi-threaded, use of fork() may lead to deadlocks in the
child" at socketserver.py:617 (pid = os.fork()) while serving queries in the test suite.

rules.md: raw fork sink, "a socketserver forking server ... a local class deriving from
ForkingMixIn: constructing one is a raw-fork sink" (FRK003, at ArkiServer(...) in make_server).
Evidence in this module: it constructs TestThread, a local subclass of threading.Thread (the
--runtest thread that runs while serve_forever() forks a child per request).
"""
import logging
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from socketserver import ForkingMixIn

from arkimet.cmdline.base import App
from arkimet.server import views


class ArkiServer(ForkingMixIn, HTTPServer):
    def __init__(self, *args, aliases=None, **kw):
        super().__init__(*args, **kw)
        self.url = "http://{s.server_name}:{s.server_port}".format(s=self)
        self.aliases = aliases
        self.cfg = {}

    def set_config(self, config):
        self.cfg = config


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        view = views.get_view(self.path, self.server)
        view(self)

    def log_request(self, code="-", size="-"):
        logging.info("%s %s %s", self.command, self.path, code, extra={"access_log": True})


def make_server(host, port, config, url=None, aliases=None):
    httpd = ArkiServer((host, port), Handler, aliases=aliases)  # error: FRK003:13
    if url is not None:
        httpd.url = url
    httpd.set_config(config)
    return httpd


class Server(App):
    """
    Start the arkimet server, serving the datasets found in the configuration file
    """

    @classmethod
    def make_parser(cls):
        parser = super().make_parser()
        parser.add_argument("configfile", help="dataset configuration file")
        parser.add_argument("--host", default="")
        parser.add_argument("--port", "-p", type=int, default=8080)
        parser.add_argument("--url")
        parser.add_argument("--runtest", help="run a command with the server running, then stop it")
        return parser

    def run(self):
        super().run()
        logging.info("Reading configuration from %s", self.args.configfile)
        config = {"configfile": self.args.configfile}
        httpd = make_server(self.args.host, self.args.port, config, self.args.url)
        try:
            if self.args.runtest:
                exit_code = 0
                args = self.args

                class TestThread(threading.Thread):
                    def run(self):
                        nonlocal exit_code
                        try:
                            subprocess.check_call(args.runtest, shell=True)
                        except subprocess.CalledProcessError:
                            exit_code = 1
                        httpd.shutdown()

                test_thread = TestThread()
                test_thread.start()
                httpd.serve_forever()
                test_thread.join()
                sys.exit(exit_code)
            else:
                httpd.serve_forever()
        finally:
            httpd.server_close()
