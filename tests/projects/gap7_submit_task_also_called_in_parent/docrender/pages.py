"""Render one page; page images are fetched concurrently by a thread pool."""
import hashlib
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def fetch_image(url):
    with urllib.request.urlopen(url, timeout=20) as resp:
        return hashlib.md5(resp.read()).hexdigest()


def render_page(page):
    with ThreadPoolExecutor(max_workers=4) as pool:
        images = list(pool.map(fetch_image, page.get("images", [])))
    text = page.get("text", "")
    return {"number": page["number"], "lines": text.count("\n") + 1, "images": images}
