"""Unit tests for the batcher (a fixture file, not collected by the repository's pytest)."""
from app import batch, workers


def test_plan_chunks():
    assert batch.plan_chunks([1, 2, 3], 2) == [[1, 2], [3]]


def test_workers_api():
    assert callable(workers.start_workers)
