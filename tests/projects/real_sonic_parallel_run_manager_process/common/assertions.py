"""pytest_assert: fail the running test with a message (tests/common/helpers/assertions.py)."""
import pytest


def pytest_assert(condition, message=None):
    if not condition:
        pytest.fail(message)
