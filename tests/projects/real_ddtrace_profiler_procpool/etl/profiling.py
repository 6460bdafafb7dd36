"""Turn on the Datadog continuous profiler for the jobs.

The report ran its script under the profiler (DD_PROFILING_ENABLED / stack v2);
``import ddtrace.profiling.auto`` is the documented in-code way to do the same:
importing it starts the profiler's collector threads.
"""

import logging

import ddtrace.profiling.auto  # noqa: F401

logging.getLogger("ddtrace").setLevel(logging.WARNING)
