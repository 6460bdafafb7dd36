import socket
import threading


class MetricsAgent:
    def __init__(self, port):
        self.port = port
        self._sock = None
        self._thread = None

    def serve_forever(self):
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", self.port))
        while True:
            data, _ = self._sock.recvfrom(4096)
            print("metric", data)

    @classmethod
    def launch(cls, port):
        agent = cls(port)
        agent._thread = threading.Thread(target=agent.serve_forever, daemon=True)
        agent._thread.start()
        return agent
