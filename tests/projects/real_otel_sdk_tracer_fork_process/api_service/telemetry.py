"""Tracing set-up for api-service, as in the report's init_tracer() (OpenTelemetry SDK)."""
import os
from functools import wraps

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor

OTLP_ENDPOINT = "http://localhost:4318/v1/traces"


def init_tracer() -> None:
    resource = Resource.create(
        attributes={
            "service.name": "api-service",
            "worker": os.getpid(),
        }
    )
    trace.set_tracer_provider(TracerProvider(resource=resource))
    span_processor = BatchSpanProcessor(OTLPSpanExporter(endpoint=OTLP_ENDPOINT))
    trace.get_tracer_provider().add_span_processor(span_processor)


def init_debug_tracer() -> None:
    # SimpleSpanProcessor exports inline and starts no thread.
    trace.set_tracer_provider(TracerProvider())
    trace.get_tracer_provider().add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(endpoint=OTLP_ENDPOINT)))


def traced(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        with trace.get_tracer(__name__).start_as_current_span(func.__name__):
            return func(*args, **kwargs)
    return wrapper
