"""`borg create`: builds the command line; the run itself is BorgThread.run()."""
from .borg_thread import BorgThread


class BorgCreateThread(BorgThread):
    @classmethod
    def prepare(cls, profile):
        ret = {"ok": False}
        if cls.prepare_bin() is None:
            ret["message"] = "Borg binary was not found."
            return ret
        ret["cmd"] = ["borg", "create", "--list", "--json", "--log-json",
                      profile["repo"] + "::{hostname}-{now:%Y-%m-%d-%H%M%S}"]
        ret["profile_name"] = profile["name"]
        ret["ok"] = True
        return ret

    def process_result(self, result):
        return result.get("returncode") == 0
