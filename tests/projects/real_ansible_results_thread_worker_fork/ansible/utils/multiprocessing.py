"""Explicit multiprocessing context using the fork start method (compat layer, Python 3.8+ macOS).

Not reported: get_context('fork') runs at import time here, and this module has no thread
evidence of any kind (nothing it imports starts threads, and no project function contains it).
"""
import multiprocessing

context = multiprocessing.get_context('fork')
