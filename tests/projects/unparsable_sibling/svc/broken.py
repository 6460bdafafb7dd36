"""Half-edited module: a syntax error. flake8 reports E999 here and the plugin does not run on
this file, so there is no FRK marker. Other modules treat it as a module with no effects.
"""
import threading


def start_everything(:
    threading.Thread(target=print).start()
