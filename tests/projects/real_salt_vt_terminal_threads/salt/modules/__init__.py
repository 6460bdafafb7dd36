"""Execution modules."""
