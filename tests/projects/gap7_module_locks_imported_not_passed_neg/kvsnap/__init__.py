"""kvsnap: snapshot an in-memory key/value store to disk."""
