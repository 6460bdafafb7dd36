"""loganalyzer fixture: add a start marker on every DUT in parallel, analyze the logs afterwards."""
import logging

import pytest

from common.parallel import parallel_run

logger = logging.getLogger(__name__)


def add_start_marker(node=None, results=None, marker_prefix="loganalyzer"):
    logger.debug("adding start marker on %s", node.hostname)
    results[node.hostname] = node.shell("logger -t %s start-marker" % marker_prefix)


@pytest.fixture(autouse=True)
def loganalyzer(duthosts, ptfadapter, request):
    markers = parallel_run(add_start_marker, (), {"marker_prefix": request.node.name}, duthosts, timeout=120)
    yield
    for node in duthosts:
        logger.info("analyzing %s after marker %s", node.hostname, markers[node.hostname])
