"""H3 indexer entry: delegates to common.index."""
from vector2dggs import common


def h3(partitions, resolution):
    return common.index(partitions)
