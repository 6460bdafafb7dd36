"""ptfadapter fixture: the PTF dataplane keeps a packet-polling thread alive for the whole session."""
import logging

import pytest
from ptf.dataplane import DataPlane

logger = logging.getLogger(__name__)


@pytest.fixture(scope="session")
def ptfadapter(ptf_config):
    dataplane = DataPlane(config=ptf_config)
    logger.debug("ptf dataplane started: %s", dataplane)
    yield dataplane
    dataplane.kill()
