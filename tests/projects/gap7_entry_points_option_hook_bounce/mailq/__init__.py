"""mailq: a small outgoing mail queue daemon."""
