"""geoindex: build map tiles from region extracts."""
