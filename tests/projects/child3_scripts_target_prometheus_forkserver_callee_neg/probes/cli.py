"""child3_scripts_target_prometheus_forkserver_callee_neg.

Clause: version 2 "Code that runs only in a child process" x the catalog
(`prometheus_client.start_http_server`) x "Across modules" (a sink in a callee, "judged with
the evidence of every module that calls that function") x the safe-context rule (a
forkserver context bound to a name at module level) x "Programs". exporter.run is used only
as `Process(target=exporter.run)`; it starts prometheus' HTTP server thread and calls
collector.scrape_all(), which forks through `_CTX = multiprocessing.get_context("forkserver")`.
scrape_all() is also called directly from main() below (--once), parent code without threads.

Expected: nothing.
- probes/collector.py, _CTX.Pool(4): a forkserver context is safe, whoever calls it.
- this module's multiprocessing.Process(...): the only thread in program probes (probes.cli)
  is started in child-only code.
"""
import multiprocessing
import sys

from probes import collector, exporter


def main():
    targets = sys.argv[2:] or ["db:5432", "cache:6379"]
    if sys.argv[1:2] == ["--once"]:
        print(collector.scrape_all(targets))
        return 0
    proc = multiprocessing.Process(target=exporter.run, args=(9100, targets))
    proc.start()
    proc.join()
    return proc.exitcode


if __name__ == "__main__":
    sys.exit(main())
