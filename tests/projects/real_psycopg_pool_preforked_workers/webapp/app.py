"""The WSGI application, preloaded by the master before it forks workers."""
from webapp import db


def handle(environ):
    return db.fetch_one("select 1")


def serve_forever():
    return handle({})
