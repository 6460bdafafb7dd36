"""Taskworker: fetches task activations from a taskbroker and runs them in children."""
