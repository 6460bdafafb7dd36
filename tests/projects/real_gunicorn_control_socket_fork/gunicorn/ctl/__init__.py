"""Gunicorn control interface (control socket server and the gunicornc client)."""
from gunicorn.ctl.server import ControlSocketServer

__all__ = ["ControlSocketServer"]
