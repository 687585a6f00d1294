#!/usr/bin/env python3
"""Load generator and checker for the fault scripts (Python 3 standard library only).

  loadgen.py run     --base URL --log FILE ...   mixed reads and writes from N threads; every request,
                                                 answered or not, is one JSON line in FILE
  loadgen.py verify  --base URL --log FILE ...   every acknowledged write still holds, no half-applied post
  loadgen.py analyse --log FILE --events FILE --scenario outage|drain|soak
                                                 what the load saw around the fault steps

The checking commands print "PASS: ..." / "FAIL: ..." lines, which lib.sh counts.

Each request uses a connection of its own (Connection: close), so that its outcome is clear:
"refused" means the server never accepted it; "reset", "empty" (closed with no reply), "truncated"
and "timeout" mean it was accepted and then cut. With --keep-alive each thread keeps one connection
for as long as the server does, as load balancers and HTTP clients do; a request on a reused
connection ("reused": true) that is cut was cut by the server. Each thread works on posts of its
own, in order, so the log tells exactly which state every post should be in.
"""
import argparse
import http.client
import json
import os
import random
import socket
import sys
import threading
import time
import urllib.parse

OK_STATUS = {"create": {201}, "read": {200}, "cond": {200, 304}, "list": {200}, "patch": {200}, "delete": {204}}
WRITES = ("create", "patch", "delete")
PROBLEM_JSON = "application/problem+json"


# ---- HTTP --------------------------------------------------------------------------------

def connection(base, timeout):
    url = urllib.parse.urlsplit(base)
    return http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)


def request(base, method, path, token=None, body=None, content_type=None, headers=None, timeout=10.0, conn=None):
    """One request, on a fresh connection or on conn (kept open while the server keeps it open).

    Returns a dict: status (None if unanswered), err, reused (sent on a connection used before), headers, body."""
    keep_alive = conn is not None
    conn = conn or connection(base, timeout)
    sent_headers = {"Accept": "application/json, application/problem+json"}
    if not keep_alive:
        sent_headers["Connection"] = "close"
    if token:
        sent_headers["Authorization"] = "Bearer " + token
    if content_type:
        sent_headers["Content-Type"] = content_type
    sent_headers.update(headers or {})
    data = json.dumps(body).encode() if body is not None else None
    result = {"status": None, "err": None, "reused": conn.sock is not None, "headers": {}, "body": b""}
    try:
        try:
            if conn.sock is None:
                conn.connect()
        except ConnectionRefusedError:
            result["err"] = "refused"
            return result
        except socket.timeout:
            result["err"] = "connect-timeout"
            return result
        try:
            conn.request(method, path, body=data, headers=sent_headers)
            response = conn.getresponse()
            result["status"] = response.status
            result["headers"] = {k.lower(): v for k, v in response.getheaders()}
            result["body"] = response.read()
        except http.client.RemoteDisconnected:
            result["err"] = "empty"          # accepted, then closed without a status line
        except (ConnectionResetError, BrokenPipeError):
            result["err"] = "reset"
        except http.client.IncompleteRead:
            result["err"] = "truncated"
        except socket.timeout:
            result["err"] = "timeout"
        except OSError as e:
            result["err"] = "error:" + type(e).__name__
        return result
    finally:
        if not keep_alive or result["err"] is not None:
            conn.close()


def parse_json(raw):
    try:
        return json.loads(raw)
    except ValueError:
        return None


# ---- run ---------------------------------------------------------------------------------

class Worker(threading.Thread):
    """Sends requests in a loop; keeps the posts it created and their last acknowledged state."""

    def __init__(self, number, args, ops, weights, log, deadline):
        super().__init__(daemon=True)
        self.number, self.args, self.ops, self.weights = number, args, ops, weights
        self.log, self.deadline = log, deadline
        self.rng = random.Random(f"{args.prefix}-{number}")
        self.posts = {}      # id -> {"title": ..., "etag": ...}
        self.sequence = 0
        self.last_err = None
        self.conn = connection(args.base, args.timeout) if args.keep_alive else None

    def run(self):
        while time.time() < self.deadline and not os.path.exists(self.args.stop_file or "/nonexistent"):
            op = self.rng.choices(self.ops, self.weights)[0] if self.posts else "create"
            if op in ("patch", "delete") and len(self.posts) < 3:
                op = "create"
            getattr(self, "do_" + op)()
            # no server to talk to: knock less often until one listens again
            time.sleep(max(self.args.pause, 0.05) if self.last_err == "refused" else self.args.pause)

    def send(self, op, method, path, post_id=None, title=None, tags=None, **kwargs):
        t0 = time.time()
        res = request(self.args.base, method, path, timeout=self.args.timeout, conn=self.conn, **kwargs)
        t1 = time.time()
        self.last_err = res["err"]
        self.log.write({"t0": round(t0, 4), "t1": round(t1, 4), "thread": self.number, "op": op, "method": method,
                        "path": path, "status": res["status"], "err": res["err"], "reused": res["reused"],
                        "ctype": res["headers"].get("content-type"), "ra": res["headers"].get("retry-after"),
                        "id": post_id, "title": title, "tags": tags})
        return res

    def next_title(self, what):
        self.sequence += 1
        return f"{self.args.prefix} {what} {self.number}-{self.sequence}"

    def do_create(self):
        title = self.next_title("post")
        # a shared tag (created by whichever thread needs it first) and sometimes a new one of its own
        tags = [f"{self.args.prefix}-shared-{self.rng.randrange(8)}"]
        if self.rng.random() < 0.5:
            tags.append(f"{self.args.prefix}-own-{self.number}-{self.sequence}")
        body = {"title": title, "markdown": f"# {title}\n\nWritten by the load generator.", "status": "published",
                "tags": tags}
        t0 = time.time()
        res = self.send("create", "POST", "/api/v1/posts", token=self.args.token, body=body,
                        content_type="application/json", title=title, tags=tags)
        post = parse_json(res["body"]) if res["status"] == 201 else None
        if post and post.get("id"):
            self.posts[post["id"]] = {"title": title, "etag": res["headers"].get("etag")}
            # the id is only known from the answer: log it next to the create
            self.log.write({"t0": round(t0, 4), "t1": round(time.time(), 4), "thread": self.number, "op": "created",
                            "id": post["id"], "title": title, "tags": tags})

    def do_read(self):
        post_id = self.rng.choice(list(self.posts))
        token = self.args.token if self.rng.random() < 0.5 else None
        self.send("read", "GET", f"/api/v1/posts/{post_id}", post_id=post_id, token=token)

    def do_cond(self):
        post_id = self.rng.choice(list(self.posts))
        etag = self.posts[post_id].get("etag")
        headers = {"If-None-Match": etag} if etag else {}
        res = self.send("cond", "GET", f"/api/v1/posts/{post_id}", post_id=post_id, headers=headers)
        if res["status"] == 200 and res["headers"].get("etag"):
            self.posts[post_id]["etag"] = res["headers"]["etag"]

    def do_list(self):
        query = {"limit": str(self.rng.choice((5, 10, 20)))}
        if self.rng.random() < 0.3:
            query["tag"] = f"{self.args.prefix}-shared-{self.rng.randrange(8)}"
        self.send("list", "GET", "/api/v1/posts?" + urllib.parse.urlencode(query),
                  token=self.args.token if self.rng.random() < 0.3 else None)

    def do_patch(self):
        post_id = self.rng.choice(list(self.posts))
        title = self.next_title("edit")
        res = self.send("patch", "PATCH", f"/api/v1/posts/{post_id}", post_id=post_id, title=title,
                        token=self.args.token, body={"title": title}, content_type="application/merge-patch+json")
        if res["status"] == 200:
            self.posts[post_id] = {"title": title, "etag": res["headers"].get("etag")}

    def do_delete(self):
        post_id = self.rng.choice(list(self.posts))
        res = self.send("delete", "DELETE", f"/api/v1/posts/{post_id}", post_id=post_id, token=self.args.token)
        if res["err"] == "refused" or (res["status"] is not None and res["status"] < 500
                                       and res["status"] not in (204, 404)):
            return  # certainly not deleted: keep using it
        del self.posts[post_id]  # deleted, or the outcome is unknown: leave it alone from now on


class JsonLog:
    def __init__(self, path):
        self.file = open(path, "a", buffering=1)
        self.lock = threading.Lock()
        self.count = 0

    def write(self, record):
        line = json.dumps(record, separators=(",", ":"))
        with self.lock:
            self.file.write(line + "\n")
            self.count += 1


def cmd_run(args):
    ops, weights = [], []
    for part in args.mix.split(","):
        name, weight = part.split("=")
        if name not in OK_STATUS:
            sys.exit(f"unknown op in --mix: {name}")
        ops.append(name)
        weights.append(float(weight))
    log = JsonLog(args.log)
    deadline = time.time() + args.duration
    workers = [Worker(n, args, ops, weights, log, deadline) for n in range(args.threads)]
    for worker in workers:
        worker.start()
    started = time.time()
    next_progress = started + args.progress
    while any(w.is_alive() for w in workers):
        time.sleep(0.5)
        if args.progress and time.time() >= next_progress:
            next_progress += args.progress
            print(f"load: {time.time() - started:.0f}s, {log.count} log lines", flush=True)
    print(f"load: done after {time.time() - started:.1f}s, {log.count} log lines", flush=True)


# ---- reading the log ---------------------------------------------------------------------

def load_records(paths):
    records = []
    for path in paths:
        with open(path) as f:
            for line in f:
                line = line.strip()
                if line:
                    try:
                        records.append(json.loads(line))
                    except ValueError:
                        pass  # a line cut by a kill
    records.sort(key=lambda r: r["t0"])
    return [r for r in records if r["op"] != "created"], [r for r in records if r["op"] == "created"]


def outcome(record):
    """A short name for what came back: 'ok', a status code, or a connection error."""
    if record["status"] is None:
        return record["err"]
    return "ok" if record["status"] in OK_STATUS[record["op"]] else str(record["status"])


def is_proper_503(record):
    return (record["status"] == 503 and (record["ctype"] or "").startswith(PROBLEM_JSON)
            and bool(record["ra"]))


def tally(records):
    counts = {}
    for r in records:
        key = outcome(r)
        counts[key] = counts.get(key, 0) + 1
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])) or "none"


def latency(records):
    durations = sorted(r["t1"] - r["t0"] for r in records if r["status"] is not None)
    if not durations:
        return "no answers"
    pick = lambda q: durations[min(len(durations) - 1, int(q * len(durations)))]
    return f"p50 {pick(0.5) * 1000:.0f} ms, p99 {pick(0.99) * 1000:.0f} ms, max {durations[-1] * 1000:.0f} ms"


def describe(record, origin=0.0):
    return (f"{record['method']} {record['path']} at +{record['t0'] - origin:.2f}s -> "
            f"{record['status'] or record['err']} in {record['t1'] - record['t0']:.2f}s"
            + (f" ({record['ctype']}, Retry-After {record['ra']})" if record["status"] else ""))


def read_events(path):
    events = {}
    with open(path) as f:
        for line in f:
            name, _, at = line.strip().partition(" ")
            if name:
                events.setdefault(name, []).append(float(at))
    return events


def check(ok, message, examples=(), origin=0.0):
    print(("PASS: " if ok else "FAIL: ") + message)
    if not ok:
        for record in list(examples)[:8]:
            print("    " + describe(record, origin) if isinstance(record, dict) else "    " + str(record))


# ---- verify ------------------------------------------------------------------------------

def expected_state(records, created):
    """For every acknowledged post: the titles it may have, its tags, and whether it may/must be gone."""
    posts = {}
    for c in created:
        posts[c["id"]] = {"titles": {c["title"]}, "tags": c["tags"], "gone": set([False]), "created_at": c["t0"]}
    for r in records:
        post = posts.get(r.get("id"))
        if post is None or r["op"] not in ("patch", "delete"):
            continue
        acked = r["status"] in OK_STATUS[r["op"]]
        certain_not_applied = r["err"] == "refused" or (r["status"] is not None and r["status"] < 500 and not acked)
        if certain_not_applied:
            continue
        if r["op"] == "patch":
            post["titles"] = {r["title"]} if acked else post["titles"] | {r["title"]}
        else:
            post["gone"] = {True} if acked else post["gone"] | {True}
    return posts


def tag_names(post):
    return [t.get("name", "").lower() for t in post.get("tags") or []]


def cmd_verify(args):
    records, created = load_records(args.log)
    posts = expected_state(records, created)
    lost, wrong, still_there = [], [], []
    for post_id, want in posts.items():
        res = request(args.base, "GET", f"/api/v1/posts/{post_id}", token=args.token, timeout=10)
        if res["status"] == 404 and True in want["gone"]:
            continue
        if res["status"] == 200 and False in want["gone"]:
            got = parse_json(res["body"]) or {}
            if got.get("title") not in want["titles"] or tag_names(got) != [t.lower() for t in want["tags"]]:
                wrong.append(f"{post_id}: sent title {sorted(want['titles'])} tags {want['tags']}, "
                             f"read title {got.get('title')!r} tags {tag_names(got)}")
            continue
        if res["status"] == 200:
            still_there.append(f"{post_id}: delete acknowledged, GET still 200")
        else:
            lost.append(f"{post_id} ({want['titles']}): GET -> {res['status'] or res['err']}")
    writes = sum(1 for r in records if r["op"] in WRITES and r["status"] in OK_STATUS[r["op"]])
    print(f"verify: {len(posts)} posts acknowledged, {writes} writes acknowledged in all")
    check(len(posts) > 0, f"the load had writes acknowledged ({len(posts)} creates)")
    check(not lost and not still_there, f"every acknowledged write is still there ({len(posts)} posts; "
          f"{len(lost)} lost, {len(still_there)} deleted posts back)", lost + still_there)
    check(not wrong, f"every acknowledged post reads back with the title and tags sent ({len(wrong)} differ)", wrong)
    if args.scan:
        scan_half_applied(args, records, posts)


def scan_half_applied(args, records, posts):
    """List every post and compare the tags of each load-generator post with those sent when it was created."""
    attempts = {r["title"]: r for r in records if r["op"] == "create"}
    cursor, seen, bad, applied_unacked = None, 0, [], 0
    for _ in range(10000):
        query = {"limit": "100", "fields": "id,title,tags"}
        if cursor:
            query["cursor"] = cursor
        res = request(args.base, "GET", "/api/v1/posts?" + urllib.parse.urlencode(query), token=args.token, timeout=15)
        page = parse_json(res["body"]) if res["status"] == 200 else None
        if page is None:
            check(False, f"list all posts to look for half-applied writes: {res['status'] or res['err']}")
            return
        for item in page["items"]:
            if not item["title"].startswith(args.prefix + " ") or item["id"] in posts:
                continue  # not ours, or acknowledged (checked above)
            seen += 1
            attempt = attempts.get(item["title"])
            if attempt is None:
                bad.append(f"{item['id']}: title {item['title']!r} matches no create that was sent")
            elif tag_names(item) != [t.lower() for t in attempt["tags"]]:
                bad.append(f"{item['id']}: sent tags {attempt['tags']}, stored {tag_names(item)}")
            else:
                applied_unacked += 1
        cursor = page["page"].get("nextCursor")
        if not cursor:
            break
    unanswered = sum(1 for r in records if r["op"] == "create" and r["status"] != 201 and r["err"] != "refused")
    print(f"verify: {unanswered} creates were not acknowledged (not refused); "
          f"{applied_unacked} of them were applied, in full")
    check(not bad, f"no half-applied post among the unacknowledged creates ({seen} found stored, {len(bad)} bad)", bad)


# ---- analyse -----------------------------------------------------------------------------

def analyse_outage(records, ev, args):
    """Load around a database stop: answers only 2xx or a proper 503, fast, never a 500; recovers."""
    stop, down, start, up = ev["db_stop"][0], ev["db_down"][0], ev["db_start"][0], ev["db_up"][0]
    before = [r for r in records if r["t1"] < stop]
    during = [r for r in records if r["t0"] >= down and r["t1"] <= start]
    after = [r for r in records if r["t0"] >= ev["recovered"][0]] if "recovered" in ev else []
    print(f"load before the outage: {tally(before)}; {latency(before)}")
    print(f"load while the database was down: {tally(during)}; {latency(during)}")
    print(f"load after recovery: {tally(after)}; {latency(after)}")
    print(f"load overall: {len(records)} requests: {tally(records)}")
    server_errors = [r for r in records if r["status"] is not None and r["status"] >= 500 and r["status"] != 503]
    check(not server_errors, f"(c) load: no 500 (or other 5xx but 503) at any time ({len(server_errors)})",
          server_errors, stop)
    cut = [r for r in records if r["status"] is None]
    check(not cut, f"load: every request was answered ({len(cut)} connection errors)", cut, stop)
    check(all(r["status"] in (200, 201, 304) for r in before) and before,
          f"load: all 2xx before the outage ({len(before)})", [r for r in before if r["status"] not in (200, 201, 304)], stop)
    writes = [r for r in during if r["op"] in WRITES]
    bad_writes = [r for r in writes if not is_proper_503(r)]
    check(writes and not bad_writes, f"(a) load: writes during the outage are 503 problem+json with Retry-After "
          f"({len(writes)} writes, {len(bad_writes)} not)", bad_writes, stop)
    reads = [r for r in during if r["op"] not in WRITES]
    bad_reads = [r for r in reads if not is_proper_503(r)]
    check(reads and not bad_reads, f"(a) load: reads during the outage are 503 problem+json with Retry-After "
          f"({len(reads)} reads, {len(bad_reads)} not)", bad_reads, stop)
    slow = [r for r in records if r["t0"] >= stop and r["t0"] < up and r["t1"] - r["t0"] > args.max_seconds]
    check(not slow, f"(a) load: no request took over {args.max_seconds:g}s while the database was stopped or "
          f"starting ({len(slow)})", slow, stop)
    not_ok = [r for r in after if outcome(r) != "ok"]
    check(after and not not_ok, f"(d) load: all 2xx after recovery ({len(after)} requests)", not_ok, stop)


def analyse_drain(records, ev, args):
    """Load around a SIGTERM: before the listener closes every request completes; afterwards only refusals."""
    term, exited = ev["term"][0], ev["exited"][0]
    before = [r for r in records if r["t1"] < term]
    spanning = [r for r in records if r["t0"] < term <= r["t1"]]
    drain = [r for r in records if term <= r["t0"] < exited]
    late = [r for r in records if r["t0"] >= exited]
    print(f"load before SIGTERM: {tally(before)}; {latency(before)}")
    print(f"in flight at SIGTERM: {tally(spanning)}; {latency(spanning)}")
    print(f"sent during the drain (SIGTERM to exit, {exited - term:.2f}s): {tally(drain)}")
    print(f"sent after the server exited: {tally(late)}")
    answered = [r for r in records if r["t0"] >= term and r["status"] is not None]
    if answered:
        print(f"the server answered requests sent up to +{answered[-1]['t0'] - term:.2f}s after SIGTERM "
              f"({len(answered)} answered after SIGTERM: {tally(answered)})")
    refused = [r for r in records if r["err"] == "refused"]
    if refused:
        print(f"first connection refused at +{refused[0]['t0'] - term:.3f}s after SIGTERM ({len(refused)} refused, expected)")
    # Linux resets the connections it completed but the server had not yet taken from the accept
    # queue when the listening socket closes; no server can take them all while clients keep
    # connecting. Such a request never reached the server (verify checks that none was applied): it
    # is told apart by being cut at once, within a few milliseconds of the first refusal.
    close_window = args.listener_close_window
    at_close = [r for r in records if r["err"] == "reset" and not r.get("reused") and refused and r["t1"] - r["t0"] < close_window
                and abs(r["t0"] - refused[0]["t0"]) < close_window]
    if at_close:
        print(f"reset by the kernel as the listener closed (sent within {close_window * 1000:g} ms of the first "
              f"refusal, cut at once): {len(at_close)}")
    # A thread has one connection at a time, so the queue the kernel resets holds at most one of each
    # thread's; a second reset of one thread would be the server cutting a connection it had accepted.
    threads = [r["thread"] for r in at_close]
    repeated = [r for r in at_close if threads.count(r["thread"]) > 1]
    check(not repeated, f"at most one such kernel reset per load thread ({len(at_close)} resets, "
          f"{len(set(threads))} threads of {len({r['thread'] for r in records})})", repeated, term)
    cut = [r for r in records if r["status"] is None and r["err"] != "refused" and r not in at_close]
    check(not cut, f"no request accepted and then cut (reset, empty reply, truncated, timeout): {len(cut)}",
          cut, term)
    # New work sent after SIGTERM may be turned away with a clean 503 (problem+json, Retry-After)
    fives = [r for r in records if r["status"] is not None and r["status"] >= 500
             and not (r["t0"] >= term and is_proper_503(r))]
    check(not fives, f"no 5xx, except a proper 503 for requests sent after SIGTERM ({len(fives)}: "
          f"{sum(1 for r in fives if r['status'] == 503)} were 503)", fives, term)
    early_refusals = [r for r in refused if r["t0"] < term]
    check(not early_refusals, f"no connection refused before SIGTERM ({len(early_refusals)})", early_refusals, term)
    other = [r for r in records if r["status"] is not None and r["status"] < 500 and outcome(r) != "ok"]
    check(not other, f"every answered request had its normal status ({len(other)} others)", other, term)
    check(len(spanning) > 0, f"requests were in flight when SIGTERM was sent ({len(spanning)})")


def analyse_soak(records, ev, args):
    """A long mixed load through the fault steps: no 500s, normal answers again at the end."""
    origin = records[0]["t0"] if records else 0
    print(f"soak: {len(records)} requests in {records[-1]['t1'] - origin:.0f}s" if records else "soak: no requests")
    print(f"soak: outcomes: {tally(records)}; {latency(records)}")
    for op in OK_STATUS:
        mine = [r for r in records if r["op"] == op]
        if mine:
            print(f"soak:   {op:6s} {len(mine):7d}: {tally(mine)}; {latency(mine)}")
    for at, name in sorted((times[0], name) for name, times in ev.items()):
        print(f"soak: event {name} at +{at - origin:.1f}s")
    server_errors = [r for r in records if r["status"] is not None and r["status"] >= 500 and r["status"] != 503]
    check(not server_errors, f"no 500 (or other 5xx but 503) in the soak ({len(server_errors)})", server_errors, origin)
    bad_503 = [r for r in records if r["status"] == 503 and not is_proper_503(r)]
    check(not bad_503, f"every 503 is problem+json with Retry-After ({len(bad_503)} not)", bad_503, origin)
    faults = [t for name in ("db_up", "restarted") for t in ev.get(name, [])]
    settled = max(faults) + args.settle if faults else origin
    tail = [r for r in records if r["t0"] >= settled]
    not_ok = [r for r in tail if outcome(r) != "ok"]
    check(tail and not not_ok, f"all answers normal from {args.settle:g}s after the last fault to the end "
          f"({len(tail)} requests, {len(not_ok)} not)", not_ok, origin)


def cmd_analyse(args):
    records, _ = load_records(args.log)
    events = read_events(args.events)
    {"outage": analyse_outage, "drain": analyse_drain, "soak": analyse_soak}[args.scenario](records, events, args)


# ---- command line ------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="generate load")
    run.add_argument("--base", required=True)
    run.add_argument("--token", required=True)
    run.add_argument("--log", required=True)
    run.add_argument("--prefix", default="rel")
    run.add_argument("--threads", type=int, default=4)
    run.add_argument("--duration", type=float, default=60, help="seconds; the load never runs longer")
    run.add_argument("--pause", type=float, default=0.05, help="seconds each thread sleeps between requests")
    run.add_argument("--keep-alive", action="store_true", help="one persistent connection per thread, as clients and load balancers keep")
    run.add_argument("--timeout", type=float, default=10, help="per-request socket timeout, seconds")
    run.add_argument("--mix", default="create=2,read=4,cond=1,list=2,patch=1,delete=0.2")
    run.add_argument("--stop-file", help="stop as soon as this file exists")
    run.add_argument("--progress", type=int, default=0, help="print a progress line every N seconds")
    verify = sub.add_parser("verify", help="check that acknowledged writes hold")
    verify.add_argument("--base", required=True)
    verify.add_argument("--token", required=True)
    verify.add_argument("--log", required=True, action="append")
    verify.add_argument("--prefix", default="rel")
    verify.add_argument("--scan", action="store_true", help="also list every post to find half-applied creates")
    analyse = sub.add_parser("analyse", help="check what the load saw around the faults")
    analyse.add_argument("--log", required=True, action="append")
    analyse.add_argument("--events", required=True)
    analyse.add_argument("--scenario", required=True, choices=("outage", "drain", "soak"))
    analyse.add_argument("--max-seconds", type=float, default=3.0)
    analyse.add_argument("--listener-close-window", type=float, default=0.05,
                         help="drain: seconds around the first refusal in which an immediate reset is the kernel's")
    analyse.add_argument("--settle", type=float, default=30.0, help="soak: seconds after the last fault")
    args = parser.parse_args()
    {"run": cmd_run, "verify": cmd_verify, "analyse": cmd_analyse}[args.command](args)


if __name__ == "__main__":
    main()
