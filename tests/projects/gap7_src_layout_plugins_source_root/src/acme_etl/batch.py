"""gap7_src_layout_plugins_source_root.

Clause: "Across modules: the project" -- source roots are the directory above the topmost
package (src/), the marker's directory, src/ beside it, plus --forksafe-source-roots
(setup.cfg: forksafe-source-roots = plugins, relative to the config file). acme_metrics lives
in plugins/acme_metrics/, so it is a project module only through the option. run() calls
start_shipper(), which starts a threading.Thread, then opens a ProcessPoolExecutor.
Expected: FRK001 at the ProcessPoolExecutor call in run() (evidence: calls start_shipper(),
which starts threads, plugins/acme_metrics/shipper.py:24).
"""
import csv
import sys
from concurrent.futures import ProcessPoolExecutor

from acme_metrics.shipper import start_shipper


def transform(path):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return path, sum(float(row.get("amount") or 0) for row in rows)


def run(paths, metrics_url="http://127.0.0.1:9109/push"):
    shipper = start_shipper(metrics_url)
    with ProcessPoolExecutor(max_workers=4) as ex:  # error: FRK001:10
        totals = dict(ex.map(transform, paths))
    shipper.send("files", len(totals))
    return totals


if __name__ == "__main__":
    print(run(sys.argv[1:]))
