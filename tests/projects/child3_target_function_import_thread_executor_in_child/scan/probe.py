"""child3_target_function_import_thread_executor_in_child.

Clause: "Across modules" ("Import-time threads": a module that imports it "in a function,
which imports it when it runs" has thread evidence) x version 2 "Code that runs only in a
child process". run_probe() is used only as `Process(target=probe.run_probe)`; inside, it
imports scan.agent, which starts a threading.Thread when imported, and then opens a
ProcessPoolExecutor: a fork inside the child after the import started threads.

Expected:
- this module's ProcessPoolExecutor(max_workers=2): FRK001.
- scan/cli.py's multiprocessing.Process(...): nothing. cli.py imports this module at module
  level, but this module imports scan.agent only inside run_probe(), which runs only in the
  child; cli.py itself calls nothing that starts threads. No entry-point program.
"""
from concurrent.futures import ProcessPoolExecutor

from scan import checks


def run_probe(host):
    from scan import agent

    agent.tag(host)
    ports = [(host, port) for port in (22, 80, 443)]
    with ProcessPoolExecutor(max_workers=2) as executor:  # error: FRK001:10
        results = list(executor.map(checks.check_port, ports))
    return sum(results)
