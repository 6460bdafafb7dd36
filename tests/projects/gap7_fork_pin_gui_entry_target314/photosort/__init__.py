"""photosort: sort photos into folders, with thumbnails."""
