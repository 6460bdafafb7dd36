"""A refreshing cache with named tiers; delegates start-up to RefreshingCache."""
from cachekit.base import RefreshingCache


class TieredCache(RefreshingCache):
    def __init__(self, ttl, tiers):
        super().__init__(ttl)
        self.tiers = list(tiers)
        self.hits = {tier: 0 for tier in self.tiers}

    def get(self, key, default=None):
        value = super().get(key, default)
        if value is not default:
            self.hits[self.tiers[0]] += 1
        return value
