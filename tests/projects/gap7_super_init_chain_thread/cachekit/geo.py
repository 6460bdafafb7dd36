"""Per-region cache of tile metadata."""
from cachekit.tiered import TieredCache


class GeoCache(TieredCache):
    def __init__(self, region, ttl=60):
        super().__init__(ttl=ttl, tiers=("memory", "disk"))
        self.region = region

    def key(self, z, x, y):
        return f"{self.region}/{z}/{x}/{y}"

    def remember(self, z, x, y, meta):
        self.put(self.key(z, x, y), meta)
