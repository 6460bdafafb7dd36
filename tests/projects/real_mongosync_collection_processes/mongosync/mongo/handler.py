"""MongoHandler: owns one MongoClient and reconnects on demand (py-mongo-sync)."""
import time

from mongosync import mongo_utils


class MongoHandler(object):
    def __init__(self, hosts):
        self._hosts = hosts
        self._mc = None

    def connect(self):
        try:
            host, port = mongo_utils.parse_hostportstr(self._hosts)
            self._mc = mongo_utils.connect(host, port)
            self._mc.admin.command("ismaster")
            return True
        except Exception as e:
            print("connect failed: %s" % e)
            return False

    def reconnect(self):
        while True:
            self.close()
            if self.connect():
                return
            time.sleep(1)

    def client(self):
        return self._mc

    def close(self):
        if self._mc:
            self._mc.close()
            self._mc = None
