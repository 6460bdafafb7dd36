version_info = (25, 1, 0)
__version__ = ".".join(str(v) for v in version_info)
