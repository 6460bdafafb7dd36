"""child3_scripts_imap_tqdm_task_parent_popen_neg.

Clause: version 2 "Code that runs only in a child process" (a multiprocessing pool's
`pool.imap(f, ...)` task) x the catalog (`tqdm.tqdm`, monitor thread) x "Programs". The only
thread in program gallery (gallery.cli) is tqdm's, created in thumbs.make_thumb, which is only
an imap task: it runs in the pool workers.

Expected: nothing.
- this module's multiprocessing.Pool(): the parent has no thread evidence.
- gallery/publish.py, subprocess.run(..., preexec_fn=os.setsid) in upload_all() (parent
  code, called from main below): child-only threads are never evidence for the parent or
  its program.
"""
import multiprocessing
import sys

from gallery import publish, thumbs


def main():
    files = sys.argv[1:]
    with multiprocessing.Pool() as pool:
        made = [path for path in pool.imap(thumbs.make_thumb, files, chunksize=8)]
    publish.upload_all(made)
    return 0


if __name__ == "__main__":
    sys.exit(main())
