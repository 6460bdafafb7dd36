"""Sentry, cut down to the taskworker."""
