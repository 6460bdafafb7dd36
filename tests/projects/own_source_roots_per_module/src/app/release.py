"""Release job. `helpers` is not on this module's source roots."""
from concurrent.futures import ProcessPoolExecutor

import helpers  # noqa: F401


def _upload(artifact):
    return artifact


def publish(artifacts):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_upload, artifacts))
