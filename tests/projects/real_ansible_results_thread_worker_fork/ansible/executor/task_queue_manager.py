"""TaskQueueManager: owns the result queue and the worker slots, runs the play's strategy."""
from ansible.plugins.loader import strategy_loader
from ansible.utils.multiprocessing import context as multiprocessing_context


class TaskQueueManager:
    def __init__(self, forks=5):
        self._final_q = multiprocessing_context.Queue()
        self._workers = [None] * forks

    def run(self, play):
        strategy = strategy_loader.get(play.get("strategy", "linear"), self)
        try:
            return strategy.run(play)
        finally:
            self._final_q.put(None)
