"""Plugin loader: strategy plugins are imported by name at run time."""
import importlib


class PluginLoader:
    def __init__(self, package, class_name):
        self.package = package
        self.class_name = class_name

    def get(self, name, *args, **kwargs):
        module = importlib.import_module("%s.%s" % (self.package, name))
        return getattr(module, self.class_name)(*args, **kwargs)


strategy_loader = PluginLoader("ansible.plugins.strategy", "StrategyModule")
