"""gap7_annotation_type_checking_string_client.

Clause: "Holding an object implies its threads" -- a parameter annotated with a project class
whose construction starts threads, "also ... the string form", is thread evidence.
settle_day(client: "BrokerClient", ...) names orderflow.client.BrokerClient, whose __init__
starts a threading.Thread; the name is bound by an import under `if TYPE_CHECKING:`.
Reading chosen: an import under `if TYPE_CHECKING:` binds the name for annotations like any
module-level import (it never runs, but the object is built elsewhere, which is the point).
Expected: FRK001 at the multiprocessing.Pool call in settle_day() (receives a BrokerClient,
which starts threads when built, orderflow/client.py:11).
"""
import multiprocessing
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orderflow.client import BrokerClient


def net_position(account):
    name, fills = account
    return name, sum(qty if side == "B" else -qty for side, qty in fills)


def settle_day(client: "BrokerClient", accounts):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        positions = pool.map(net_position, sorted(accounts.items()))
    for name, qty in positions:
        if qty:
            client.send(f"SETTLE {name} {qty}")
    return dict(positions)
