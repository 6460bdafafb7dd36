"""Profile loading and parsing."""

from .loader import RunLoader

__all__ = ["RunLoader"]
