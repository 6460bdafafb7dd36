"""v7_thread_start_new_alias_method_process: `_thread.start_new` imported under an alias, called in a method.

Clause: Evidence -- "it calls _thread.start_new_thread / _thread.start_new", names resolved
through imports (`from _thread import start_new as _launch`), anywhere in the module (methods
included). Sink: multiprocessing.Process(...) (default start method).
Expected: FRK001 at multiprocessing.Process(...) in ReportRunner.export().
"""
import json
import multiprocessing
import time
from _thread import start_new as _launch


def write_report(rows, out_path):
    with open(out_path, "w") as fh:
        json.dump(rows, fh, indent=2)


class ReportRunner:
    def __init__(self, interval=30.0):
        self.interval = interval
        self.rows = []

    def _collect(self):
        while True:
            self.rows.append({"ts": time.time()})
            time.sleep(self.interval)

    def start_collector(self):
        _launch(self._collect, ())

    def export(self, out_path):
        proc = multiprocessing.Process(target=write_report, args=(list(self.rows), out_path))  # error: FRK001:16
        proc.start()
        return proc


def main():
    runner = ReportRunner(interval=1.0)
    runner.start_collector()
    time.sleep(3)
    runner.export("report.json").join()


if __name__ == "__main__":
    main()
