"""syncer: push local folders to an upload endpoint."""
