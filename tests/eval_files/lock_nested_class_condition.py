"""Evidence: threading.Condition() in a nested class body (rules.md: module-level locks, "class bodies (nested classes too)")."""
import threading
from concurrent.futures import ProcessPoolExecutor


class Settings:
    debug = False

    class Reload:
        changed = threading.Condition()
        version = 0


def wait_for_reload(timeout: float) -> int:
    with Settings.Reload.changed:
        Settings.Reload.changed.wait(timeout)
        return Settings.Reload.version


def rebuild_assets(bundles, build):
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        return dict(zip(bundles, ex.map(build, bundles)))
