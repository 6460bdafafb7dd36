"""Trap: the model list is fetched with ``preexec_fn=None`` (exempt: the literal None)."""

import asyncio
import json


async def api_models(request):
    proc = await asyncio.create_subprocess_exec(
        "kiro-cli", "models", "--json",
        stdout=asyncio.subprocess.PIPE,
        preexec_fn=None,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=30)
    return json.loads(out or b"[]")
