"""Optional[core.Broker] parameter."""
import os
from typing import Optional

from relay import core


def promote(broker: Optional[core.Broker] = None):
    pid = os.fork()  # error: FRK003:11
    return broker, pid
