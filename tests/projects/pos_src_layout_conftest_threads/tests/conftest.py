"""Test fixtures: a background thread at import time and a forked sandbox process."""
import os
import subprocess
import threading
import time

import pytest

from harvest import store


def _reap():
    while True:
        time.sleep(0.2)


_REAPER = threading.Thread(target=_reap, daemon=True)
_REAPER.start()


@pytest.fixture
def sandbox():
    proc = subprocess.Popen(["sleep", "30"], preexec_fn=os.setsid)  # error: FRK004:12
    yield proc
    proc.kill()


@pytest.fixture
def db():
    return store.open_db()
