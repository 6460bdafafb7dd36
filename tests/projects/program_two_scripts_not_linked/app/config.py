"""Shared configuration, imported by both programs. No threads, no sinks."""
WORKERS = 4
