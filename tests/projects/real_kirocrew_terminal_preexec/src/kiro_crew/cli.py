"""``kiro-crew``: start the gateway and serve the dashboard on its event loop."""

import asyncio
import sys

from kiro_crew import gateway
from kiro_crew.dashboard import server


def main(argv=None):
    gw = gateway.Gateway()
    gw.start()
    try:
        asyncio.run(server.serve(gw, host="127.0.0.1", port=7300))
    finally:
        gw.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
