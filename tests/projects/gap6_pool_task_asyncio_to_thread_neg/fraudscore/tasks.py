import asyncio
import os
import subprocess


def _read_blob(key):
    with open(os.path.join("/data/features", key), "rb") as fh:
        return fh.read()


async def _fetch_features(key):
    return await asyncio.to_thread(_read_blob, key)


def score(key):
    blob = asyncio.run(_fetch_features(key))
    return key, sum(blob) % 100


def _new_group():
    os.setpgrp()


def rebuild_cache():
    subprocess.run(["./bin/rebuild-feature-cache"], preexec_fn=_new_group, check=True)
