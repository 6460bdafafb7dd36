"""real11_nextflow_mongo_client_in_workflow_process

Re-creates the fix of https://github.com/SciDAS/nextflow-api/issues/40 ("Mongo
backend does not work with multiprocessing"): the launched workflow process used
the server's MongoClient ("MongoClient opened before fork"); the fix passes the
URL and creates a client in each launched process.

Clause: correction "Code that runs only in a child process is not evidence for
the parent's forks": pymongo.MongoClient (catalog) is built only in
backend.connect(), reached only from run_workflow(), a Process target (through
backend.update_run()). The server is a plain, single-threaded HTTPServer.
Expected: no findings (silent trap).
"""
import json
from http.server import BaseHTTPRequestHandler, HTTPServer

from nfapi import launcher

DB_URL = "mongodb://127.0.0.1:27017"
RUNS = {}


class WorkflowHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        run_id = body.get("id", "run-%d" % (len(RUNS) + 1))
        RUNS[run_id] = launcher.launch(DB_URL, run_id, body.get("pipeline", "hello"))
        payload = json.dumps({"id": run_id, "pid": RUNS[run_id].pid}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(payload)


def main():
    HTTPServer(("127.0.0.1", 8080), WorkflowHandler).serve_forever()


if __name__ == "__main__":
    main()
