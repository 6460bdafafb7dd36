"""Status report."""
from ingest import net


def show():
    session = net.open_session("status")
    print(session["name"], "ok")
