"""Dashboard request handlers."""
