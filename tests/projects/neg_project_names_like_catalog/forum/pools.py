"""A ThreadPool is a set of discussion threads waiting for moderation."""


class ThreadPool:
    def __init__(self, threads):
        self.threads = list(threads)

    def oldest(self):
        return self.threads[0] if self.threads else None


def start_new_thread(board, title):
    """Opens a new discussion thread on a board (no OS thread involved)."""
    board.setdefault("threads", []).append(title)
    return title
