"""Static settings shared by the daemon and the migration script."""
HEARTBEAT_SECONDS = 10
WORKERS = 4
JOBS = ["rotate", "compact", "report"]
