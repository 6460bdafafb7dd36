import queue
import threading

_SPANS = queue.Queue()


def _export_spans(service):
    while True:
        span = _SPANS.get()
        print(service, "span", span)


def init_tracing(service):
    exporter = threading.Thread(target=_export_spans, args=(service,), daemon=True)
    exporter.start()


def span(name):
    _SPANS.put(name)
