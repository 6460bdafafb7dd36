"""cat_prometheus_wsgi_dunder_main_fork.

Clauses: "Library thread starters (the catalog)" (`prometheus_client.start_wsgi_server`, a call)
with "Programs (entry points)" (`__main__.py` of a project package) and "Across modules".
metricsd/__main__.py is an entry point; its program holds metricsd.exporter and
metricsd.snapshot. `main()` calls `serve_metrics()`, whose body calls `start_wsgi_server(...)`
(a daemon server thread), then `take_snapshots()`, which calls `os.fork()`. The fork is
reported in metricsd/snapshot.py line 9 (FRK003): the program starts threads, and the caller
(this module) has thread evidence as well. One finding.
"""
import argparse

from metricsd import exporter, snapshot


def main(argv=None):
    parser = argparse.ArgumentParser(prog="metricsd")
    parser.add_argument("--port", type=int, default=9100)
    parser.add_argument("--dir", default=".")
    parser.add_argument("--interval", type=float, default=60.0)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args(argv)
    exporter.serve_metrics(args.port)
    snapshot.take_snapshots(args.dir, args.interval, args.rounds)


if __name__ == "__main__":
    main()
