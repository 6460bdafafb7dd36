"""Alert scoring (spawn-pool tasks)."""


def score(item):
    return len(item) % 7
