"""Case inherited_method.

rules.md, Across modules > Functions and classes: "inherited project methods".
InvoiceService inherits start() from billing.base.BaseService, which starts a thread;
`svc = InvoiceService()` then `svc.start()` gives this module thread evidence. billing/services.py
only defines the subclass and stays silent. No entry points.
"""
import multiprocessing

from billing.services import InvoiceService


def _settle(account):
    return account


def main(accounts):
    svc = InvoiceService()
    svc.start()
    with multiprocessing.Pool(8) as pool:  # error: FRK001:10
        pool.map(_settle, accounts)
