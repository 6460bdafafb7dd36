"""v4_layout_tabs: a tab-indented module.

rules.md, Findings: the column is the 0-based col_offset of the call plus 1, counted in
characters: a tab is one character (flake8 does not expand tabs in a plugin's columns). Sinks at
one, two and three tabs of indentation, and one after a tab inside the line. Evidence:
``_thread.start_new_thread`` in a function. Expected: FRK003, FRK001, FRK003.
"""
import _thread
import multiprocessing
import os
import time


def _ticker(interval):
	while True:
		time.sleep(interval)


def start_ticker(interval=1.0):
	return _thread.start_new_thread(_ticker, (interval,))


def open_console(shell):
	pid, fd = os.forkpty()  # error: FRK003:12
	if pid == 0:
		os.execv(shell, [shell])
	return pid, fd


class Results:
	def __init__(self, names):
		self.names = names

	def collect(self):
		if self.names:
			with multiprocessing.Manager() as manager:  # error: FRK001:9
				shared = manager.dict({name: 0 for name in self.names})
				return dict(shared)
		return {}


def detach():
	child =	os.fork()  # error: FRK003:10
	if child:
		os._exit(0)
	os.setsid()
