"""Plain settings, no threads."""
SHARDS = 4
BUCKET = "exports"
