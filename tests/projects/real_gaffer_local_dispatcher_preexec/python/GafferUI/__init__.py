"""Gaffer's UI, cut down to the dispatch menu."""
