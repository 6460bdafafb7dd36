"""The "Execute" menu item: dispatch the selected task nodes locally."""

import Gaffer


def _dispatch(nodes, background=True):
    dispatcher = Gaffer.LocalDispatcher(executeInBackground=background)
    dispatcher.dispatch(nodes)
    return dispatcher
