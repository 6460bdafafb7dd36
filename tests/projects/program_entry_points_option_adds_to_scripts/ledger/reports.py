"""Monthly reports; in the ledger-api program, which contains sync.py (starts threads)."""
from concurrent.futures import ProcessPoolExecutor


def render_month(month):
    return "report-" + month


def render_monthly(months):
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        return list(ex.map(render_month, months))
