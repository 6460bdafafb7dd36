"""HTTP client wrapper; imports svc.telemetry at module level."""
from concurrent.futures import ProcessPoolExecutor

from svc import telemetry  # noqa: F401


def _fetch(url):
    return url.upper()


def fetch_all(urls):
    with ProcessPoolExecutor() as executor:  # error: FRK001:10
        return list(executor.map(_fetch, urls))
