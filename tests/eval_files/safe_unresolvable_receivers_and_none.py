"""Safe: receivers the checker cannot resolve, and `preexec_fn=None`.

rules.md, "Safe": "A receiver the checker cannot resolve (self._ctx.Pool()) is not a sink";
"Details": "preexec_fn is exempt only when it is the literal None" (for subprocess and for
asyncio.create_subprocess_exec).  Here the context arrives as a constructor or function
parameter, so nothing says which start method it has.
Evidence: `threading.Thread` constructed in Renderer.start_progress().
Expected: no finding.
"""
import asyncio
import subprocess
import threading


def _progress():
    pass


def _render(page):
    return page


class Renderer:
    def __init__(self, ctx):
        self._ctx = ctx

    def start_progress(self):
        threading.Thread(target=_progress, daemon=True).start()

    def render(self, pages):
        with self._ctx.Pool(2) as pool:
            return pool.map(_render, pages)

    def shared(self):
        return self._ctx.Manager()


def launch(ctx, page):
    proc = ctx.Process(target=_render, args=(page,))
    proc.start()
    return proc


def convert(src, dst):
    subprocess.run(["convert", src, dst], preexec_fn=None, check=True)
    return subprocess.Popen(["optipng", dst], preexec_fn=None)


async def convert_async(src):
    proc = await asyncio.create_subprocess_exec("convert", src, preexec_fn=None)
    return await proc.wait()
