"""Order sync without threads."""
from etl.fanout import fan_out


def sync_orders(rows):
    return fan_out(sorted(rows))
