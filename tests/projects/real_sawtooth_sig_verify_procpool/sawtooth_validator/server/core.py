"""https://github.com/hyperledger-archives/sawtooth-core/pull/490

Intermittent test hangs: the heavily threaded validator verified gossip signatures in a
ProcessPoolExecutor; a forked worker deadlocked on a logging lock held by a validator thread.

rules.md: default-start-method sink, concurrent.futures.ProcessPoolExecutor(...) without
mp_context (FRK001). Evidence in this module: it constructs concurrent.futures.ThreadPoolExecutor
(line 29); it also calls Dispatcher().start() through self._dispatcher / self._network_dispatcher
(assigned in __init__), whose body starts a threading.Thread ("threads flow to the caller").
"""
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import ProcessPoolExecutor
import logging
import threading

from sawtooth_validator.gossip import signature_verifier
from sawtooth_validator.networking.dispatch import Dispatcher

LOGGER = logging.getLogger(__name__)

GOSSIP_MESSAGE = 1
GOSSIP_BLOCK_RESPONSE = 2
GOSSIP_BATCH_RESPONSE = 3


class Validator(object):
    def __init__(self, network_endpoint, component_endpoint):
        self._dispatcher = Dispatcher()
        thread_pool = ThreadPoolExecutor(max_workers=10)
        process_pool = ProcessPoolExecutor(max_workers=3)  # error: FRK001:24

        self._thread_pool = thread_pool
        self._process_pool = process_pool
        self._network_endpoint = network_endpoint
        self._component_endpoint = component_endpoint
        self._stop_event = threading.Event()

        self._network_dispatcher = Dispatcher()
        self._network_dispatcher.add_handler(
            GOSSIP_MESSAGE,
            signature_verifier.GossipMessageSignatureVerifier(),
            process_pool)
        self._network_dispatcher.add_handler(
            GOSSIP_BLOCK_RESPONSE,
            signature_verifier.GossipBlockResponseSignatureVerifier(),
            process_pool)
        self._network_dispatcher.add_handler(
            GOSSIP_BATCH_RESPONSE,
            signature_verifier.GossipBatchResponseSignatureVerifier(),
            process_pool)

    def start(self):
        LOGGER.info("starting validator on %s", self._network_endpoint)
        self._dispatcher.start()
        self._network_dispatcher.start()
        self._stop_event.wait()

    def stop(self):
        self._stop_event.set()
        self._thread_pool.shutdown(wait=True)
        self._process_pool.shutdown(wait=True)
