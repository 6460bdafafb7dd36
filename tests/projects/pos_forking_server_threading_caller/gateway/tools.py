"""Debug helper without threads: its forking UDP server is not reported."""
from gateway import servers


def debug_server(port):
    return servers.make_debug(("127.0.0.1", port))
