"""Load the user's function module from the path kubeless mounts into the pod."""

import importlib.util
import os


def load_function(mod_name=None, handler_name=None):
    mod_name = mod_name or os.getenv("MOD_NAME", "hello")
    handler_name = handler_name or os.getenv("FUNC_HANDLER", "handler")
    path = os.getenv("FUNC_PATH", "/kubeless/%s.py" % mod_name)
    spec = importlib.util.spec_from_file_location("function", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return getattr(mod, handler_name)
