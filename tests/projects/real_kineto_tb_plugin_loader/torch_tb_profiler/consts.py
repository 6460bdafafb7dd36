"""Constants."""

import re

PLUGIN_NAME = "pytorch_profiler"
WORKER_PATTERN = re.compile(r"""^(.*?)(?:\.(\d+))?\.pt\.trace\.json(?:\.gz)?$""")
MONITOR_RUN_REFRESH_INTERNAL_IN_SECONDS = 10
