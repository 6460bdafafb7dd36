"""Case class_init_starts_thread.

rules.md, Across modules > Functions and classes: a call to a project class has the effects of
its __init__. GatewayClient.__init__ starts a thread, so building one gives this module
thread evidence.
"""
from concurrent.futures import ProcessPoolExecutor

from gateway.client import GatewayClient

URL = "https://gateway.internal"


def _sync_one(account_id):
    return account_id


def sync_accounts(ids):
    client = GatewayClient(URL)
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        results = list(pool.map(_sync_one, ids))
    return client, results
