"""Entry point crawl-fetch: starts the keep-alive thread, then fans out."""
from crawl import net, pool


def main():
    net.start_keepalive()
    pool.fan_out(["https://example.org/"])
