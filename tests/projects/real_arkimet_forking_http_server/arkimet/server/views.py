"""Request views (werkzeug routing in the real server): config, query, summary."""
import json


def arki_config(handler):
    body = json.dumps(handler.server.cfg).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.end_headers()
    handler.wfile.write(body)


def arki_query(handler):
    # the real view hands handler.wfile's fd to the C++ library, which streams data into it
    handler.send_response(200)
    handler.end_headers()


VIEWS = {"/config": arki_config, "/query": arki_query}


def get_view(path, server):
    return VIEWS.get(path.split("?", 1)[0], arki_config)
