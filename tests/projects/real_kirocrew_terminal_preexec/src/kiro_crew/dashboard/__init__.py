"""The dashboard HTTP/WebSocket server."""
