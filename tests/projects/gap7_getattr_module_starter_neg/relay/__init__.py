"""relay: copy files between volumes with checksums."""
