"""Process-wide metrics hub: a singleton whose __new__ starts the publisher thread."""
import threading


class MetricsHub:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            instance = super().__new__(cls)
            instance._publisher = threading.Thread(target=instance._publish, daemon=True)
            instance._publisher.start()
            cls._instance = instance
        return cls._instance

    def _publish(self):
        return None
