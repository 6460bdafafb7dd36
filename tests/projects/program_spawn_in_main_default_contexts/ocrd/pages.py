"""OCR of scanned pages: a progress thread, then default-method process sinks."""
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor


def _progress(total):
    print("pages:", total)


def _ocr(page):
    return page.upper()


class IndexProcess(multiprocessing.Process):
    def __init__(self, pages, results):
        super().__init__()
        self.pages = pages
        self.results = results

    def run(self):
        for page in self.pages:
            self.results[page] = len(page)


def ocr_all(pages):
    threading.Thread(target=_progress, args=(len(pages),), daemon=True).start()
    with ProcessPoolExecutor(mp_context=multiprocessing.get_context()) as pool:
        return list(pool.map(_ocr, pages))


def index_all(pages):
    with multiprocessing.Manager() as manager:
        results = manager.dict()
        proc = IndexProcess(pages, results)
        proc.start()
        proc.join()
        return dict(results)
