"""Pricing (pool tasks)."""


def price(notional, rate):
    return round(notional * (1.0 + rate), 2)
