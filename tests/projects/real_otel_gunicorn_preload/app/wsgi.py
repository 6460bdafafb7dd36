"""The WSGI application; importing it configures tracing."""
from app import tracing  # noqa: F401


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"Hello!"]
