"""feedsync: fetch RSS feeds and extract entries."""
