"""Local helper module that happens to be named like the standard library's threading.

It defines no Thread. The checker ignores it for the name `threading`: a module the catalog
knows always means the standard-library module.
"""


def thread_name(job_id):
    return "scraper-%d" % job_id
