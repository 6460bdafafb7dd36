"""Names shared by the server and the dispatcher."""
ADDRESS = "127.0.0.1:50051"
SERVICE = "ping.Pinger"
PING_METHOD = "/ping.Pinger/Ping"
