"""Case program_gui_scripts.

rules.md, Across modules > Programs (entry points): `[project.gui-scripts]` targets are entry
points like `[project.scripts]`. viewer.app imports viewer.watch (a Timer started from a
callback that only the GUI toolkit calls) and viewer.thumbs (worker processes): one program,
so the Process in viewer/thumbs.py is reported.
"""
import sys

from viewer import thumbs, watch

IDLE_CALLBACKS = [watch.on_idle]


def main():
    return thumbs.make_thumbnails(sys.argv[1:])
