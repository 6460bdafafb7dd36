"""cachekit: layered caches with background refresh."""
