"""Kiro Crew gateway."""
