"""webapp entry point: builds the span fan-out in the master, then starts the pre-fork server."""
import sys

from webapp.arbiter import Arbiter
from webapp.tracing import ConcurrentSpanFanout


def export_to_console(span: dict) -> None:
    print("span", span.get("name"))


class HelloApp:
    def serve_forever(self, span_processor: ConcurrentSpanFanout) -> None:
        span_processor.on_end({"name": "GET /"})


def main() -> int:
    fanout = ConcurrentSpanFanout(num_threads=2)
    fanout.add_span_processor(export_to_console)
    Arbiter(HelloApp(), fanout, workers=2).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
