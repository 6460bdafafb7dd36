"""The HighThroughputExecutor."""
