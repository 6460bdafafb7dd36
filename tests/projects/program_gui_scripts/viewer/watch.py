"""Folder watcher: a polling Timer, started by the toolkit's idle callback."""
import threading


def on_idle():
    threading.Timer(1.0, print, args=("rescan",)).start()
