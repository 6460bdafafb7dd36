"""An old copy of the app package kept for reference (not on the project's import path)."""
