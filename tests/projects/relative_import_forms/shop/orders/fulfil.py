"""Case relative_import_forms (`from ..heartbeat import start`).

rules.md, Across modules > The project and its modules: names are resolved "as Python's import
system would resolve it (packages, __init__.py, relative imports, from pkg import submodule)".
This module reaches shop.heartbeat.start through `..`; shop/payments.py uses
`from . import heartbeat`, shop/notify.py `from .heartbeat import start as beat`.
"""
from concurrent.futures import ProcessPoolExecutor

from ..heartbeat import start


def _pack(order):
    return order


def fulfil(orders):
    start()
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_pack, orders))
