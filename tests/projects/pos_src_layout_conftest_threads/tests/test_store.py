"""Tests for harvest.store; no sink here."""
from harvest import store


def test_open_db_is_empty(db):
    assert store.open_db()["rows"] == []
    assert db["rows"] == []
