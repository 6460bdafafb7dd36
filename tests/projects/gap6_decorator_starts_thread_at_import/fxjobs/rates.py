from fxjobs.schedule import periodic

RATES = {}


@periodic
def refresh_rates():
    RATES["EURUSD"] = 1.08


def convert(amount, pair):
    return amount * RATES.get(pair, 1.0)
