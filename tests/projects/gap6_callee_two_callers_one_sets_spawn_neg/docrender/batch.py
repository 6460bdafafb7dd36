import glob
import multiprocessing

from docrender import pages


def main():
    multiprocessing.set_start_method("spawn")
    docs = sorted(glob.glob("docs/*.md"))
    for html in pages.render_pages(docs):
        print(html)


if __name__ == "__main__":
    main()
