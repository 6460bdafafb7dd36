"""mrlite: a tiny local map/reduce runner."""
