"""Tile rendering (executor task)."""


def render_tile(coord):
    zoom, x, y = coord
    return "%d/%d/%d.png" % (zoom, x, y)
