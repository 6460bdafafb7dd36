"""Run parameters."""
