"""The actual service check, run in a child process (the client library is not thread-safe)."""


def check(name):
    return name
