"""Pipeline stages."""
from harvest.io import uploader


def run_batch(paths):
    return uploader.upload_all(paths)


def run_stream(paths):
    for path in paths:
        uploader.upload_all([path])
    return len(paths)
