"""scrapekit.crawl: fetchers."""
