"""Plain settings module: no threads."""
WORKERS = 4
