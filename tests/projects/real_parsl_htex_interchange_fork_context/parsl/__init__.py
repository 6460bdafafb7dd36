"""Parsl, cut down to the HighThroughputExecutor's process launching."""
