"""Ops agent: a command listener thread that dispatches to the helpers."""
import threading

from ops import helpers


def _listen():
    return None


def serve(items, cmd):
    threading.Thread(target=_listen, daemon=True).start()
    helpers.run_forked(items)
    helpers.run_forked_executor(items)
    helpers.open_console()
    return helpers.run_tool(cmd)
