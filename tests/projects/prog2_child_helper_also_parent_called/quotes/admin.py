"""Administrative commands run in the main process."""
from quotes import cache


def refresh_now():
    cache.start_refresher("ALL")
    return 0
