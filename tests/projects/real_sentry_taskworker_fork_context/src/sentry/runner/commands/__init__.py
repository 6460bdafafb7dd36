"""Runner commands."""
