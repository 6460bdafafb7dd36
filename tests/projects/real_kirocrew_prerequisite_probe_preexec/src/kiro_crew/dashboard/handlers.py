"""Dashboard HTTP handlers (aiohttp); GET /api/kiro-prerequisite re-probes on ?refresh=1."""
import asyncio
import logging

from aiohttp import web

logger = logging.getLogger(__name__)


def _service(request):
    return request.app["kiro_prerequisite"]


def _audit(path):
    logger.info("denied dashboard access to %s", path)


async def api_kiro_prerequisite_status(request):
    if request.get("app") != "":
        await asyncio.to_thread(_audit, request.path)
        return web.json_response({"error": "dashboard owner required"}, status=403)
    refresh = request.query.get("refresh") == "1"
    snapshot = await _service(request).snapshot(refresh=refresh)
    return web.json_response(snapshot)


def build_dashboard(service):
    app = web.Application()
    app["kiro_prerequisite"] = service
    app.router.add_get("/api/kiro-prerequisite", api_kiro_prerequisite_status)
    return app
