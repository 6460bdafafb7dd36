"""Broker connection; a pump thread reads acknowledgements from the socket."""
import queue
import socket
import threading


class BrokerClient:
    def __init__(self, host, port=7700):
        self.sock = socket.create_connection((host, port), timeout=10)
        self.acks = queue.Queue()
        self._pump = threading.Thread(target=self._read_acks, name="broker-pump", daemon=True)
        self._pump.start()

    def _read_acks(self):
        buf = b""
        while True:
            chunk = self.sock.recv(4096)
            if not chunk:
                break
            buf += chunk
            *lines, buf = buf.split(b"\n")
            for line in lines:
                self.acks.put(line.decode())

    def send(self, message):
        self.sock.sendall(message.encode() + b"\n")
