"""Case class_construction_new_post_init (the __new__ half).

rules.md, Across modules > Functions and classes: "a class (its __init__/__new__/
__post_init__)". MetricsHub() runs __new__, which starts a thread; Poller(...) in
monitor/checks.py runs the dataclass __post_init__, which starts one too.
"""
import multiprocessing

from monitor.hub import MetricsHub


def _render_panel(name):
    return name.title()


def render(panels):
    hub = MetricsHub()
    with multiprocessing.Pool(4) as pool:  # error: FRK001:10
        return hub, pool.map(_render_panel, panels)
