"""Settings. Importing them also configures logging."""
from thumbs import logconf  # noqa: F401

THUMB_SIZE = (256, 256)
OUTPUT_SUFFIX = ".thumb.png"
