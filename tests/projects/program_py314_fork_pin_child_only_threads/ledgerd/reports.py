"""Account summaries in a default-method executor."""
from concurrent.futures import ProcessPoolExecutor


def _summary(account):
    return account


def summarise(accounts):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_summary, accounts))
