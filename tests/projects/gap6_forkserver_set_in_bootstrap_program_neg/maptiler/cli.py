"""gap6_forkserver_set_in_bootstrap_program_neg.

Clause: "Functions and classes" / "Programs" -- a safe `set_start_method("forkserver")` "in a
program that contains it" makes default-method sinks safe. The call is in
bootstrap.configure() (a function of another module of program maptiler, called once from
main()). This module starts a threading.Thread and calls render.render_all(), so render.py
has evidence, but its ProcessPoolExecutor and Manager() use the default start method, which
the program sets to forkserver: no finding.
"""
import sys
import threading
import time

from maptiler import bootstrap, render


def _progress(total):
    while True:
        print("tiles queued:", total)
        time.sleep(5)


def main():
    bootstrap.configure()
    zooms = [int(z) for z in sys.argv[1:]] or [10, 11, 12]
    threading.Thread(target=_progress, args=(len(zooms),), daemon=True).start()
    print(render.render_all(zooms))
