"""Metrics pipeline, built when the module is imported (as in the report's reproducer)."""
from opentelemetry import metrics
from opentelemetry.exporter.otlp.proto.grpc.metric_exporter import OTLPMetricExporter
from opentelemetry.metrics import get_meter_provider
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
from opentelemetry.sdk.metrics.view import ExplicitBucketHistogramAggregation, View
from opentelemetry.sdk.resources import SERVICE_NAME, Resource

label = "main_test"
RESOURCE = Resource.create({SERVICE_NAME: "test.shiva"})
exporter = OTLPMetricExporter()
reader = PeriodicExportingMetricReader(exporter, export_interval_millis=10 * 1000,
                                       export_timeout_millis=5 * 1000)
provider = MeterProvider(metric_readers=[reader], resource=RESOURCE,
                         views=[View(instrument_type=metrics.Histogram, instrument_name="*duration",
                                     aggregation=ExplicitBucketHistogramAggregation())])
metrics.set_meter_provider(provider)

meter = get_meter_provider().get_meter("test.shiva")
histogram = meter.create_histogram(label)
METRICS = {label: histogram}
