"""Builds the photo index (runs only as a Process target)."""
import os

from photon import store


def build_index(root):
    db = store.open_store(root)
    for name in sorted(os.listdir(root)):
        db["entries"].append(name)
    return len(db["entries"])
