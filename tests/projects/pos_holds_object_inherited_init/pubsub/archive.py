"""Archives spooled batches; receives a BatchClient (see relay.py)."""
import os
import subprocess
from typing import Optional

from pubsub.clients import BatchClient


def archive(paths, *, client: Optional[BatchClient] = None):
    cmd = ["tar", "czf", "spool.tgz"] + list(paths)
    return subprocess.Popen(cmd, preexec_fn=os.setpgrp)  # error: FRK004:12
