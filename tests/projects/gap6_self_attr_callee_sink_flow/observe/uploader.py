"""gap6_self_attr_callee_sink_flow.

Clause: "Functions and classes" -- `self.executor.trigger()` where `self.executor =
Executor(...)` is assigned in `__init__`, with "evidence flows to the callee". Exporter
(exporter.py) starts a threading.Thread in its `__init__`, stores `self._uploader =
Uploader(bucket)` there, and flush() calls `self._uploader.upload_all(...)`. This module
has no evidence of its own; the ProcessPoolExecutor in upload_all() is judged with
exporter.py's evidence: FRK001.
"""
from concurrent.futures import ProcessPoolExecutor


def upload_one(path):
    return path, "s3://bucket/" + path


class Uploader:
    def __init__(self, bucket):
        self.bucket = bucket

    def upload_all(self, paths):
        with ProcessPoolExecutor(max_workers=4) as pool:  # error: FRK001:14
            return dict(pool.map(upload_one, paths))
