"""Handlers, one of them a module-level lambda."""
greet = lambda: print("hello")  # noqa: E731


def setup():
    print("setup")
