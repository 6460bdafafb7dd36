"""gap6_inherited_sink_method_self_call.

Clause: "Functions and classes" -- `self.method()` inside the class, "inherited project
methods", and "evidence flows to the callee". IngestJob (ingest.py) subclasses BatchJob and
calls the inherited `self.fan_out(...)` from run(); ingest.py starts a threading.Thread. The
ProcessPoolExecutor in BatchJob.fan_out() is judged with that caller's evidence: FRK001
here, once, although cleanup.py (unthreaded) reaches it the same way.
"""
from concurrent.futures import ProcessPoolExecutor


def process_item(item):
    return item, item.strip().lower()


class BatchJob:
    def __init__(self, items):
        self.items = list(items)

    def fan_out(self, items):
        with ProcessPoolExecutor() as executor:  # error: FRK001:14
            return dict(executor.map(process_item, items))
