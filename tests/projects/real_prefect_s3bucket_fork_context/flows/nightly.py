"""The flow: reproject last night's files."""
from prefect import flow

from flows.reproject import reproject_many


@flow
def nightly(keys):
    return reproject_many(keys)


if __name__ == "__main__":
    nightly(["raw/2023-07-05/a.fits", "raw/2023-07-05/b.fits"])
