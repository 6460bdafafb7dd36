"""Gossip signature verification handlers (CPU heavy, hence the process pool)."""
import hashlib
import logging

LOGGER = logging.getLogger(__name__)


class GossipMessageSignatureVerifier:
    def handle(self, connection_id, message_content):
        # In a forked pool worker this logging call blocked on a logging lock held by a
        # validator thread at fork time.
        LOGGER.debug("verifying gossip message from %s", connection_id)
        return hashlib.sha256(message_content).hexdigest()


class GossipBlockResponseSignatureVerifier(GossipMessageSignatureVerifier):
    pass


class GossipBatchResponseSignatureVerifier(GossipMessageSignatureVerifier):
    pass
