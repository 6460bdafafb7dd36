"""tilepack: render and watch map tile packs."""
