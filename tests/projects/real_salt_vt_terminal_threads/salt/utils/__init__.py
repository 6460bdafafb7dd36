"""Utility modules."""
