#!/usr/bin/env python
"""main.py from the report (thesharp/daemonize#56): import db, set up logging, daemonize."""
import logging
from time import sleep

from daemonize import Daemonize

import db

pid = "/tmp/test.pid"
logger = logging.getLogger(__name__)
logger.setLevel(logging.DEBUG)
logger.propagate = False
fh = logging.FileHandler("/tmp/test.log", "w")
fh.setLevel(logging.DEBUG)
logger.addHandler(fh)
keep_fds = [fh.stream.fileno()]


def main():
    while True:
        logger.debug(db.db)
        sleep(0.5)


if __name__ == '__main__':
    daemon = Daemonize(app="test_app", pid=pid, action=main, keep_fds=keep_fds)
    daemon.start()
