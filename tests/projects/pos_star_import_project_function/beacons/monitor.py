"""pos_star_import_project_function.

Clause: Functions and classes ("a call to a project function ... threads flow to the caller")
with names "resolved through imports, whatever the spelling", here `from <project module>
import *`, which binds the module's public names (its `__all__`).

- monitor.py star-imports from beacons.telemetry (absolute) and calls start_pinger(): FRK001 at
  the ProcessPoolExecutor.
- report.py star-imports from .telemetry (relative) and calls only format_ping(): no finding.
"""
from concurrent.futures import ProcessPoolExecutor

from beacons.telemetry import *


def probe(host):
    return host, len(host)


def watch(hosts):
    for host in hosts:
        start_pinger(host)
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        return dict(ex.map(probe, hosts))
