from app import boot, jobs, other  # noqa: F401 - other.later() is never called


def main():
    jobs.run_jobs()
