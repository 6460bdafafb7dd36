"""scrapekit: polite crawling helpers."""
