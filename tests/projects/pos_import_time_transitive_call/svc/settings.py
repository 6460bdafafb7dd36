"""Calls bootstrap() at import time, so importing settings starts the flusher thread."""
from svc.boot import bootstrap

CONFIG = bootstrap()
