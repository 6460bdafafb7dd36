"""prog2_gui_and_cli_share_sink_module.

Clause: Programs (entry points): `[project.gui-scripts]` and `[project.scripts]` targets are
both entry points; a module imported by two programs is in both, and a thread anywhere in
one of them is evidence for every sink of that program.

Program vault-browser (gui-script, this module) imports vault.thumbs, whose load_all()
builds a ThreadPoolExecutor, and vault.compress (relative import `from . import compress`).
Program vault-archive (vault.archiver) imports vault.compress too; it starts no thread
anywhere.

Expected:
- vault/compress.py `multiprocessing.Pool(...)`: FRK001, because compress.py is in the
  threaded vault-browser program (here it is reached only as a button callback, not a
  resolvable call), although the other program that contains it has no threads.
- vault/archiver.py `subprocess.Popen(..., preexec_fn=os.setpgrp)`: nothing; archiver.py is
  only in vault-archive, which has no thread evidence.
"""
import tkinter

from vault import thumbs
from . import compress


def main():
    root = tkinter.Tk()
    root.title("Vault browser")
    images = thumbs.load_all(["a.png", "b.png"])
    label = tkinter.Label(root, text="%d thumbnails" % len(images))
    label.pack()
    button = tkinter.Button(root, text="Compress", command=compress.compress_selected)
    button.pack()
    root.mainloop()
