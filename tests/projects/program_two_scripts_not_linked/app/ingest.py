"""The ingest program: starts the stream reader (threads, but no sink)."""
from app import config, stream


def main():
    stream.start_stream()
    return config.WORKERS
