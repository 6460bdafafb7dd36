"""Main window: imports the thumbnail module (so the program reaches it transitively)."""
from viewer import thumbs

MENU = {"Make thumbnails": thumbs.make_thumbnails}


def open_folder(paths):
    return list(paths)
