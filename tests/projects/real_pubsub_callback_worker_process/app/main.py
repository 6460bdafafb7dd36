"""Service entry: poll one subscription, fan work out to processes."""
import os

from app.poller import Poller


def main():
    poller = Poller(os.environ["GOOGLE_CLOUD_PROJECT"], "jobs-sub",
                    "projects/%s/topics/results" % os.environ["GOOGLE_CLOUD_PROJECT"])
    poller.run()


if __name__ == "__main__":
    main()
