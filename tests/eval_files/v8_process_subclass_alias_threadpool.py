"""v8_process_subclass_alias_threadpool.

rules.md, "Sinks" (default start method: constructing a local subclass of
multiprocessing.Process, any depth, and multiprocessing.Process itself), through
`from multiprocessing import Process as _Proc`; calling `_Proc.__init__(self, ...)` inside the
subclass constructs no process. "Evidence": multiprocessing.pool.ThreadPool, imported as
`from multiprocessing.pool import ThreadPool as _TP`, used as a context manager.
Expected: FRK001 at CsvExporter(path) and at _Proc(...).
"""
import csv
import json
from multiprocessing import Process as _Proc
from multiprocessing.pool import ThreadPool as _TP


def fetch(path):
    with open(path) as fh:
        return json.load(fh)


def fetch_all(paths):
    with _TP(4) as pool:
        return pool.map(fetch, paths)


def export_json(path):
    with open(path + ".json", "w") as fh:
        json.dump({"path": path}, fh)


class Exporter(_Proc):
    def __init__(self, path):
        _Proc.__init__(self, name="exporter")
        self.path = path

    def run(self):
        print("exporting", self.path)


class CsvExporter(Exporter):
    def __init__(self, path, delimiter=","):
        super().__init__(path)
        self.delimiter = delimiter

    def run(self):
        with open(self.path, "w", newline="") as fh:
            csv.writer(fh, delimiter=self.delimiter).writerow(["path"])


def export(path):
    proc = CsvExporter(path)  # error: FRK001:12
    proc.start()
    proc.join()
    plain = _Proc(target=export_json, args=(path,))  # error: FRK001:13
    plain.start()
    plain.join()


def main():
    fetch_all(["a.json", "b.json"])
    export("out.csv")


if __name__ == "__main__":
    main()
