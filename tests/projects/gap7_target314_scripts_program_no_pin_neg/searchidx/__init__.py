"""searchidx: build a small inverted index."""
