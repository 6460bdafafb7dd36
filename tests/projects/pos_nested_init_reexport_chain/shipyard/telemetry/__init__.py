"""Subpackage: re-exports from the exporter module (starts nothing on import)."""
from .exporter import flush_now, start_exporter

__all__ = ["flush_now", "start_exporter"]
