"""Child-side entry functions: each opens a pooled connection with a keepalive thread."""
from crawlr import netutil


def fetch_worker(url):
    netutil.start_keepalive()
    print("fetched", url)


def init_parser():
    netutil.start_keepalive()
