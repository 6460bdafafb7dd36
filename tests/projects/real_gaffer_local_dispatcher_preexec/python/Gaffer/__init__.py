"""Gaffer, cut down to the dispatchers."""

from .Dispatcher import Dispatcher
from .LocalDispatcher import LocalDispatcher

__all__ = ["Dispatcher", "LocalDispatcher"]
