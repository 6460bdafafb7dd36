"""The kubeless Python runtime."""
