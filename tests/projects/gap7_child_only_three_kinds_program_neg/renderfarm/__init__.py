"""renderfarm: distribute frame rendering over local processes."""
