"""gap7_submit_task_also_called_in_parent.

Clause: version 2 correction "Code that runs only in a child process" -- "A function also
called directly in the parent is parent code as well." render_page() (docrender/pages.py,
starts a ThreadPoolExecutor) is a ProcessPoolExecutor.submit task in build(), but preview()
also calls it directly in the parent, so its threads flow to book.py.
Expected: FRK001 at the ProcessPoolExecutor call in build() (evidence: calls render_page(),
which starts threads, docrender/pages.py:13).
"""
import json
import sys
from concurrent.futures import ProcessPoolExecutor

from docrender.pages import render_page


def preview(doc):
    return render_page(doc["pages"][0])


def build(doc):
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        futures = [ex.submit(render_page, page) for page in doc["pages"]]
        return [f.result() for f in futures]


def main(path, first_only=False):
    with open(path, encoding="utf-8") as fh:
        doc = json.load(fh)
    result = preview(doc) if first_only else build(doc)
    json.dump(result, sys.stdout, indent=1)


if __name__ == "__main__":
    main(sys.argv[1], "--preview" in sys.argv)
