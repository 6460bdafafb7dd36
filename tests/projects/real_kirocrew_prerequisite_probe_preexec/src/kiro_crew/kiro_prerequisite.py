"""https://github.com/kirodotdev/KiroCrew/pull/814 (tracked in https://github.com/kirodotdev/KiroCrew/issues/935)

The gateway became unstartable: a readiness probe spawned kiro-cli with
preexec_fn=resource_limit_preexec(), forking the ~118-thread gateway; the child wedged in a futex
before exec and kept gateway.lock and the listen socket (orphans seen three times in two days).

rules.md: pre-exec hook sink, asyncio.create_subprocess_exec "with the keyword preexec_fn=
anything but None" (FRK004). Evidence flows to the callee: slack/gateway.py starts threads
(threading.Thread, ThreadPoolExecutor) and calls self._prereq.snapshot() (assigned in __init__),
which reaches _run_process() through self._probe() -> self._audited_probe(). The program
[project.scripts] kirocrew (kiro_crew._bootstrap -> cli -> slack.gateway -> here) links it too.
"""
import asyncio
import logging

from kiro_crew.sandbox import resource_limit_preexec

logger = logging.getLogger(__name__)


class KiroPrerequisiteService:
    def __init__(self, cli_path="kiro-cli"):
        self._cli_path = cli_path
        self._latched = None

    async def snapshot(self, refresh=False):
        if self._latched is None or refresh:
            self._latched = await self._probe()
        return self._latched

    async def _probe(self):
        installed = await self._audited_probe([self._cli_path, "--version"])
        logged_in = await self._audited_probe([self._cli_path, "whoami"])
        return {"installed": installed == 0, "logged_in": logged_in == 0}

    async def _audited_probe(self, argv):
        logger.info("kiro prerequisite probe: %s", " ".join(argv))
        return await self._run_process(argv)

    async def _run_process(self, argv):
        proc = await asyncio.create_subprocess_exec(  # error: FRK004:22
            *argv,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            preexec_fn=resource_limit_preexec(),
        )
        await asyncio.wait_for(proc.communicate(), timeout=30)
        return proc.returncode
