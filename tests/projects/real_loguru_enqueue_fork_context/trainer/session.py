"""A training session configures logging when it is built."""
from trainer import applog


class TrainingSession:
    def __init__(self, log_path):
        applog.setup(log_path)
        self.log_path = log_path
