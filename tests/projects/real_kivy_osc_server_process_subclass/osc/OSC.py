"""Minimal OSC message and callback plumbing (the parts oscAPI.py uses)."""


class CallbackManager:
    def __init__(self):
        self.callbacks = {}

    def add(self, callback, name):
        self.callbacks[name] = callback

    def handle(self, data, source=None):
        address = data.split(b",")[0].rstrip(b"\0").decode("ascii", "replace")
        callback = self.callbacks.get(address)
        if callback is not None:
            callback([address, data], source)


class OSCMessage:
    def __init__(self):
        self.address = ""
        self.items = []

    def append(self, item, typehint=None):
        self.items.append(item)

    def getBinary(self):
        return (self.address + "\0").encode("ascii") + repr(self.items).encode("ascii")
