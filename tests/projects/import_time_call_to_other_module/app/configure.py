"""Imports app.telemetry without calling start()."""
import os

from app import telemetry


def detach():
    if os.fork() == 0:
        os.setsid()
    return telemetry.__name__
