"""Executor settings read from the environment (unknown to the checker)."""
import os


def executor_options():
    return {"max_workers": int(os.environ.get("WORKERS", "4"))}
