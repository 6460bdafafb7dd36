"""Command line runner."""
