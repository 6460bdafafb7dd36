"""Span fan-out for webapp, modelled on opentelemetry-sdk's ConcurrentMultiSpanProcessor.

The SDK class is not in the rules.md catalog (only BatchSpanProcessor, BatchLogRecordProcessor
and PeriodicExportingMetricReader are), so its thread pool is written out here with the standard
library, the way the SDK builds it: a concurrent.futures.ThreadPoolExecutor created in __init__
that every on_end() submits to.
"""
import concurrent.futures
from typing import Callable, List


class ConcurrentSpanFanout:
    def __init__(self, num_threads: int = 2) -> None:
        self._span_processors: List[Callable[[dict], None]] = []
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=num_threads)

    def add_span_processor(self, processor: Callable[[dict], None]) -> None:
        self._span_processors.append(processor)

    def on_end(self, span: dict) -> None:
        futures = [self._executor.submit(p, span) for p in self._span_processors]
        concurrent.futures.wait(futures)

    def reset_after_fork(self) -> None:
        # What the report asked for: a fresh executor in the child.
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=2)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
