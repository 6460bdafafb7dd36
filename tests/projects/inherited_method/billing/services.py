"""Concrete services. Subclassing BaseService starts nothing by itself: no evidence here."""
from concurrent.futures import ProcessPoolExecutor

from billing.base import BaseService


class InvoiceService(BaseService):
    name = "invoices"


def _render_invoice(invoice_id):
    return invoice_id


def export_invoices(ids):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_render_invoice, ids))
