"""HTTP session with a background thread pool for concurrent requests."""
from requests_futures.sessions import FuturesSession as FS


def make_session(workers=8):
    session = FS(max_workers=workers)
    session.headers["User-Agent"] = "crawler/0.1"
    return session
