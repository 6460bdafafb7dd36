"""Dashboard server: dispatches each request path to a handler through a route table."""

import asyncio
import json

from kiro_crew.dashboard.handlers import models, terminal

ROUTES = {
    "/api/models": models.api_models,
    "/api/terminal/ws": terminal.api_terminal_ws,
}


async def _dispatch(reader, writer):
    request_line = (await reader.readline()).decode()
    parts = request_line.split()
    path = parts[1] if len(parts) > 1 else "/"
    handler = ROUTES.get(path)
    if handler is None:
        writer.write(b"HTTP/1.1 404 Not Found\r\n\r\n")
    else:
        body = await handler({"path": path, "reader": reader, "writer": writer})
        writer.write(b"HTTP/1.1 200 OK\r\n\r\n" + json.dumps(body).encode())
    await writer.drain()
    writer.close()


async def serve(gw, host, port):
    srv = await asyncio.start_server(_dispatch, host, port)
    async with srv:
        await srv.serve_forever()
