#! /usr/bin/env python
"""py-mongo-sync entry script: MongoDB sync tool (ported to Python 3, trimmed)."""
from gevent import monkey
monkey.patch_all()

import sys  # noqa: E402

from mongosync.mongo.syncer import MongoSyncer  # noqa: E402

if __name__ == '__main__':
    syncer = MongoSyncer(sys.argv[1], sys.argv[2])
    syncer.run(("app", "events"), [1000, 2000, 3000])
