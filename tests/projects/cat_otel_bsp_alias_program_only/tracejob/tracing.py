"""OpenTelemetry tracing setup, enabled with `tracer-job --setup tracing`."""
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor as BSP
from opentelemetry.sdk.trace.export import ConsoleSpanExporter


def configure_tracing():
    provider = TracerProvider()
    provider.add_span_processor(BSP(ConsoleSpanExporter()))
    trace.set_tracer_provider(provider)
    return provider
