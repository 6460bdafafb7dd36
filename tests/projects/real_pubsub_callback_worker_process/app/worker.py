"""Worker process body: do the work, then publish the result to another topic."""
import json

from google.cloud import pubsub_v1


def do_work(payload):
    job = json.loads(payload)
    return json.dumps({"job": job.get("id"), "status": "done"}).encode()


def publish_to_topic(topic, data):
    publisher = pubsub_v1.PublisherClient()
    future = publisher.publish(topic, data)
    # the report: this wait never returned in the forked worker
    if future.exception():
        raise future.exception()


def mainloop(payload, result_topic):
    publish_to_topic(result_topic, do_work(payload))
