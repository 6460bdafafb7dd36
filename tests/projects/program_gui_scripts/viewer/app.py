"""Case program_gui_scripts.

rules.md, Across modules > Programs (entry points): `[project.gui-scripts]` targets are entry
points like `[project.scripts]`. viewer.app imports viewer.watch (a Timer started from a
callback that only the GUI toolkit calls) and viewer.ui, which imports viewer.thumbs (worker
processes): "every project module it imports, transitively" is in the program, so the Process
in viewer/thumbs.py is reported (make_thumbnails is called by a toolkit menu action, not by
project code).
"""
import sys

from viewer import ui, watch

IDLE_CALLBACKS = [watch.on_idle]


def main():
    return ui.open_folder(sys.argv[1:])
