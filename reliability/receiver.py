#!/usr/bin/env python3
"""A webhook receiver for the fault scripts (Python 3 standard library only).

Listens on 127.0.0.1:PORT, verifies each request's Blog-Signature with the secret in --secret-file
(read at each request: the webhook is created after the receiver starts), waits --delay seconds
(a receiver that takes its time keeps deliveries in flight), answers 200, and appends one JSON line
per request to --log: the event's id, type, resource id and change, whether the signature held, and
the client's port (to tell which server sent it).
"""

import argparse
import hashlib
import hmac
import http.server
import json
import os
import threading
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--secret-file", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()
    lock = threading.Lock()
    log = open(args.log, "a", buffering=1)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            time.sleep(args.delay)
            secret = open(args.secret_file).read().strip() if os.path.exists(args.secret_file) else ""
            fields = dict(part.split("=", 1) for part in self.headers.get("Blog-Signature", "").split(",") if "=" in part)
            expected = hmac.new(secret.encode(), fields.get("t", "").encode() + b"." + body, hashlib.sha256).hexdigest()
            event = json.loads(body)
            record = {"t": round(time.time(), 3), "id": event.get("id"), "type": event.get("type"),
                      "resource_id": event.get("data", {}).get("id"), "change": event.get("data", {}).get("change"),
                      "header_id": self.headers.get("Blog-Event-Id"),
                      "signed": hmac.compare_digest(expected, fields.get("v1", "")), "port": self.client_address[1]}
            with lock:
                log.write(json.dumps(record, separators=(",", ":")) + "\n")
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *unused):
            pass

    http.server.ThreadingHTTPServer.allow_reuse_address = True
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
