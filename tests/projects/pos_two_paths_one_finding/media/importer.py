"""Bulk importer (no threads of its own)."""
from media import thumbs


def run(paths):
    return thumbs.make_thumbs(paths)
