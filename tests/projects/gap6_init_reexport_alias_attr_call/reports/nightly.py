"""gap6_init_reexport_alias_attr_call.

Clause: "Across modules: the project" -- names re-exported by a package `__init__.py`
("as Python's import system would resolve it") and "threads flow to the caller".
`telemetry/__init__.py` re-exports `start_exporter` under the alias `start`; this module
calls it as `telemetry.start(...)` (attribute of the package). The body starts a
threading.Thread, so this module has thread evidence and the default-method
ProcessPoolExecutor in build_all() is FRK001.
"""
import concurrent.futures
import datetime

import telemetry


def render_day(day):
    return "report-%s.html" % day


def build_all(days):
    with concurrent.futures.ProcessPoolExecutor(max_workers=4) as pool:  # error: FRK001:10
        return list(pool.map(render_day, days))


def main():
    telemetry.start("http://metrics.internal:9091")
    today = datetime.date.today()
    days = [(today - datetime.timedelta(days=n)).isoformat() for n in range(7)]
    for path in build_all(days):
        print(path)


if __name__ == "__main__":
    main()
