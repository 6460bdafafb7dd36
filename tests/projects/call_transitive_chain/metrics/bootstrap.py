"""Configures logging and the agent (calls agent.launch())."""
from metrics import agent


def configure():
    agent.launch()
