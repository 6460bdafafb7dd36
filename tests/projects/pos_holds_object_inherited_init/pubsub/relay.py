"""pos_holds_object_inherited_init.

Clause: Across modules, "Holding an object implies its threads: a function parameter or
attribute annotated with a project class whose construction starts threads (... also
`Optional[core.Broker]` ...) is thread evidence in that module". The held classes have no
__init__ of their own; their construction runs the inherited BaseClient.__init__, which starts
a thread (one and two levels of project subclassing).

- relay.py: `client: FastClient` parameter: FRK001 at the ProcessPoolExecutor.
- archive.py: keyword-only `client: Optional[BatchClient]`: FRK004 at the Popen.
- cron.py: `schedule: Schedule`, whose construction starts nothing (the Timer is only in a
  classmethod): no finding.
"""
from concurrent.futures import ProcessPoolExecutor

from pubsub.clients import FastClient


def encode(batch):
    return repr(batch).encode()


class Relay:
    def __init__(self, client: FastClient):
        self.client = client

    def fan_out(self, batches):
        with ProcessPoolExecutor() as ex:  # error: FRK001:14
            return list(ex.map(encode, batches))
