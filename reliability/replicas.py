#!/usr/bin/env python3
"""Load and checks of reliability/replicas (Python 3 standard library; loadgen.py's HTTP helpers).

  replicas.py seed    --base URL ... --log FILE --out FILE    published posts for the readers to read
  replicas.py run     --base URL ... --seed FILE --log FILE   readers and writers on every server until the
                                                              stop file exists; every request is a JSON line
  replicas.py ready   --base URL ... --label NAME --out FILE  one sample of each server's readiness
  replicas.py analyse --log FILE --events FILE --ready FILE   figures, PASS:/FAIL: lines (lib.sh counts them)
  replicas.py missing --log FILE                              SQL counting acknowledged posts missing or changed

Readers send anonymous GETs (by id, by slug, conditional, lists, a slug that does not exist) to a
server picked at random. Writers create and update posts of their own with the admin token, on a
server picked at random, and after each acknowledged write read the post back ANONYMOUSLY from a
server picked at random, presenting the write's Consistency-Token (by id, by slug, or a new post in
the first page of its tag): the title read must be the one just written ("ryw" lines; a 404, a
list without the post or an older title is a violation). Some read-backs follow the same read without
the token on the same server ("peek"), which may put the older version in that server's cache.

The log uses loadgen.py's record shape for writes ("create", "patch" with the title sent, "created"
with the id), so that `loadgen.py verify` checks every acknowledged write at the end.
"""
import argparse
import json
import os
import random
import sys
import threading
import time
import urllib.parse

from loadgen import JsonLog, parse_json, request

TOKEN_HEADER = "Consistency-Token"
PROBLEM_JSON = "application/problem+json"
# "peek": a writer's read without the token just before its read-back, which may see the older version
READ_OK = {"read": {200}, "slug": {200}, "cond": {200, 304}, "list": {200}, "missing": {404}, "peek": {200, 404}}
WRITE_OK = {"create": {201}, "patch": {200}}


def record(log, t0, **fields):
    fields = {"t0": round(t0, 4), "t1": round(time.time(), 4), **fields}
    log.write(fields)
    return fields


def answer_fields(res):
    return {"status": res["status"], "err": res["err"], "ctype": res["headers"].get("content-type"),
            "ra": res["headers"].get("retry-after")}


# ---- seed --------------------------------------------------------------------------------

def cmd_seed(args):
    log = JsonLog(args.log)
    seeded = []
    for n in range(args.posts):
        base = args.base[n % len(args.base)]
        title = f"{args.prefix} seed {n}"
        tags = [f"{args.prefix}-seed-{n % 4}"]
        body = {"title": title, "markdown": f"# {title}\n\nRead by the readers.", "status": "published", "tags": tags}
        t0 = time.time()
        res = request(base, "POST", "/api/v1/posts", token=args.token, body=body, content_type="application/json")
        record(log, t0, thread="seed", op="create", method="POST", path="/api/v1/posts", title=title, tags=tags,
               server=n % len(args.base), **answer_fields(res))
        post = parse_json(res["body"]) if res["status"] == 201 else None
        if not post:
            sys.exit(f"seed: creating {title!r} answered {res['status'] or res['err']}: {res['body'][:300]!r}")
        record(log, t0, thread="seed", op="created", id=post["id"], title=title, tags=tags)
        seeded.append({"id": post["id"], "slug": post["slug"], "title": title, "tag": tags[0]})
    with open(args.out, "w") as f:
        json.dump(seeded, f)
    print(f"seed: {len(seeded)} posts")


# ---- run ---------------------------------------------------------------------------------

class Loop(threading.Thread):
    def __init__(self, name, args, log):
        super().__init__(daemon=True)
        self.name_, self.args, self.log = name, args, log
        self.rng = random.Random(f"{args.prefix}-{name}")

    def run(self):
        deadline = time.time() + self.args.duration
        while time.time() < deadline and not os.path.exists(self.args.stop_file):
            self.step()
            time.sleep(self.args.pause)

    def server(self):
        index = self.rng.randrange(len(self.args.base))
        return index, self.args.base[index]

    def get(self, op, path, headers=None, server=None, **fields):
        index, base = self.server() if server is None else (server, self.args.base[server])
        t0 = time.time()
        res = request(base, "GET", path, headers=headers, timeout=self.args.timeout)
        if op == "ryw":
            got = parse_json(res["body"]) if res["status"] == 200 else None
            if isinstance(got, dict) and "items" in got:  # a list: the item of the post written
                got = next((item for item in got["items"] if item.get("id") == fields["id"]), {})
            fields["got"] = got.get("title") if isinstance(got, dict) else None
        return res, record(self.log, t0, thread=self.name_, op=op, method="GET", path=path, server=index,
                           **answer_fields(res), **fields)


class Reader(Loop):
    """Anonymous reads of the seeded posts and of lists, as a front end sends them."""

    def __init__(self, name, args, log, seeded):
        super().__init__(name, args, log)
        self.seeded, self.etags, self.misses = seeded, {}, 0

    def step(self):
        op = self.rng.choices(("read", "slug", "cond", "list", "missing"), (4, 3, 2, 3, 0.5))[0]
        post = self.rng.choice(self.seeded)
        if op == "read":
            self.get(op, f"/api/v1/posts/{post['id']}", id=post["id"])
        elif op == "slug":
            self.get(op, f"/api/v1/posts/slug/{post['slug']}", id=post["id"])
        elif op == "cond":
            etag = self.etags.get(post["id"])
            res, _ = self.get(op, f"/api/v1/posts/{post['id']}", headers={"If-None-Match": etag} if etag else None,
                              id=post["id"])
            if res["status"] == 200 and res["headers"].get("etag"):
                self.etags[post["id"]] = res["headers"]["etag"]
        elif op == "list":
            query = {"limit": str(self.rng.randint(1, 30))}
            if self.rng.random() < 0.4:
                query["tag"] = post["tag"]
            if self.rng.random() < 0.3:
                query["page"] = str(self.rng.randint(1, 3))
            self.get(op, "/api/v1/posts?" + urllib.parse.urlencode(query))
        else:
            self.misses += 1
            self.get(op, f"/api/v1/posts/slug/{self.args.prefix}-no-such-post-{self.name_}-{self.misses}")


class Writer(Loop):
    """Creates and updates posts of its own; reads each acknowledged write back anonymously."""

    def __init__(self, name, args, log):
        super().__init__(name, args, log)
        self.posts, self.sequence = {}, 0  # id -> {"slug", "title"}

    def step(self):
        if len(self.posts) < 3 or self.rng.random() < 0.4:
            self.create()
        else:
            self.update(self.rng.choice(list(self.posts)))

    def title(self, what):
        self.sequence += 1
        return f"{self.args.prefix} {what} {self.name_}-{self.sequence}"

    def write(self, op, method, path, body, content_type, title, tags=None, post_id=None):
        index, base = self.server()
        t0 = time.time()
        res = request(base, method, path, token=self.args.token, body=body, content_type=content_type,
                      timeout=self.args.timeout)
        rec = record(self.log, t0, thread=self.name_, op=op, method=method, path=path, server=index, id=post_id,
                     title=title, tags=tags, ctoken=res["headers"].get(TOKEN_HEADER.lower()), **answer_fields(res))
        return res, rec

    def create(self):
        title = self.title("post")
        tags = [f"{self.args.prefix}-{self.name_}-{self.rng.randrange(3)}"]  # tags of this writer's own
        body = {"title": title, "markdown": f"# {title}\n\nWritten by a writer.", "status": "published", "tags": tags}
        res, rec = self.write("create", "POST", "/api/v1/posts", body, "application/json", title, tags)
        post = parse_json(res["body"]) if res["status"] == 201 else None
        if post and post.get("id"):
            record(self.log, rec["t0"], thread=self.name_, op="created", id=post["id"], title=title, tags=tags)
            self.posts[post["id"]] = {"slug": post.get("slug"), "title": title, "tags": tags}
            self.read_back(post["id"], rec, listed=True)

    def update(self, post_id):
        post = self.posts[post_id]
        title = self.title("edit")
        if self.rng.random() < 0.3:  # PUT replaces the writable fields; the slug is kept
            body = {"title": title, "slug": post["slug"], "markdown": f"# {title}\n\nReplaced by a writer.",
                    "status": "published", "tags": post["tags"]}
            res, rec = self.write("patch", "PUT", f"/api/v1/posts/{post_id}", body, "application/json", title,
                                  post_id=post_id)
        else:
            res, rec = self.write("patch", "PATCH", f"/api/v1/posts/{post_id}", {"title": title},
                                  "application/merge-patch+json", title, post_id=post_id)
        if res["status"] == 200:
            post["title"] = title
            self.read_back(post_id, rec)

    def read_back(self, post_id, write, listed=False):
        """By id, by slug, or (a post just created, so the newest of its tag) in the first page of its tag."""
        post = self.posts[post_id]
        way = self.rng.choices(("id", "slug", "list"), (4, 3, 3 if listed else 0))[0]
        path = {"id": f"/api/v1/posts/{post_id}", "slug": f"/api/v1/posts/slug/{post['slug']}",
                "list": f"/api/v1/posts?limit=5&tag={post['tags'][0]}"}[way]
        headers = {TOKEN_HEADER: write["ctoken"]} if write["ctoken"] and not self.args.without_token else None
        index, _ = self.server()
        if self.rng.random() < 0.3:
            # first without the token, as another reader would: it may be answered from a lagging replica
            # and leave the older version in the server's response cache, which the token must not get
            self.get("peek", path, server=index, id=post_id)
        self.get("ryw", path, headers=headers, server=index, id=post_id, want=post["title"], ctoken=write["ctoken"],
                 sent=headers is not None, wrote_on=write["server"])


def cmd_run(args):
    with open(args.seed) as f:
        seeded = json.load(f)
    log = JsonLog(args.log)
    loops = [Reader(f"r{n}", args, log, seeded) for n in range(args.readers)]
    loops += [Writer(f"w{n}", args, log) for n in range(args.writers)]
    for loop in loops:
        loop.start()
    started = time.time()
    print(f"load: {args.readers} readers, {args.writers} writers on {len(args.base)} servers", flush=True)
    while any(loop.is_alive() for loop in loops):
        time.sleep(0.5)
    print(f"load: done after {time.time() - started:.1f}s, {log.count} log lines", flush=True)


# ---- readiness -----------------------------------------------------------------------------

def replica_figures(data):
    """From the "read replicas" check's data ("<host>:<port>": state, "<host>:<port> reads": count, and
    "primary reads"): {replica: state in lower case}, {replica: reads}, primary reads."""
    states, reads = {}, {}
    for key, value in (data or {}).items():
        if key == "primary reads":
            continue
        if key.endswith(" reads"):
            reads[key[:-len(" reads")]] = value
        elif isinstance(value, str):
            states[key] = value.lower()
    return states, reads, (data or {}).get("primary reads")


def cmd_ready(args):
    sample = {"label": args.label, "t": time.time(), "servers": []}
    line = []
    for index, base in enumerate(args.base):
        res = request(base, "GET", "/q/health/ready", timeout=5)
        body = parse_json(res["body"]) or {}
        check = next((c for c in body.get("checks", []) if c.get("name") == "read replicas"), None)
        sample["servers"].append({"base": base, "http": res["status"] or res["err"], "status": body.get("status"),
                                  "replicas": check.get("status") if check else None,
                                  "data": check.get("data") if check else None})
        states, reads, primary = replica_figures(check.get("data") if check else None)
        data = (check or {}).get("data") or {}
        line.append(f"{'AB'[index] if index < 2 else index}: {res['status'] or res['err']} {body.get('status')}, "
                    + ", ".join(f"{k} {v} (lag {data.get(k + ' lag ms', '?')} ms, {reads.get(k)} reads)"
                                for k, v in states.items())
                    + f", primary reads {primary}" + ("" if check else " (no 'read replicas' check)"))
    with open(args.out, "a") as f:
        f.write(json.dumps(sample) + "\n")
    print(f"readiness {args.label}: " + "; ".join(line))


# ---- analyse -------------------------------------------------------------------------------

def figure(args, text):
    """A figure of the run: printed, and kept in --figures for the summary at the end."""
    print("figures: " + text)
    if args.figures:
        with open(args.figures, "a") as f:
            f.write(text + "\n")


def check(ok, message, examples=(), origin=0.0):
    print(("PASS: " if ok else "FAIL: ") + message)
    if not ok:
        for r in list(examples)[:8]:
            print("    " + (describe(r, origin) if isinstance(r, dict) else str(r)))


def describe(r, origin):
    text = (f"{r['thread']} {r.get('method', '')} {r.get('path', '')} on {'AB'[r['server']] if 'server' in r else '?'}"
            f" at +{r['t0'] - origin:.2f}s -> {r.get('status') or r.get('err')} in {r['t1'] - r['t0']:.2f}s")
    if r.get("status"):
        text += f" ({r.get('ctype')}, Retry-After {r.get('ra')})"
    if r.get("op") == "ryw":
        text += f", token {r.get('ctoken')}{'' if r.get('sent') else ' (not sent)'}, written on {'AB'[r['wrote_on']]}, want {r.get('want')!r}, got {r.get('got')!r}"
    return text


def tally(records):
    counts = {}
    for r in records:
        key = str(r.get("status") or r.get("err"))
        counts[key] = counts.get(key, 0) + 1
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])) or "none"


def latency(records):
    durations = sorted(r["t1"] - r["t0"] for r in records if r.get("status") is not None)
    if not durations:
        return "no answers"
    pick = lambda q: durations[min(len(durations) - 1, int(q * len(durations)))]
    return f"p50 {pick(0.5) * 1000:.0f} ms, p99 {pick(0.99) * 1000:.0f} ms, max {durations[-1] * 1000:.0f} ms"


def proper_503(r):
    return r.get("status") == 503 and (r.get("ctype") or "").startswith(PROBLEM_JSON) and bool(r.get("ra"))


def expected(r):
    ok = READ_OK.get(r["op"]) or WRITE_OK.get(r["op"]) or ({200} if r["op"] == "ryw" else set())
    return r.get("status") in ok


def load(paths):
    records = []
    for path in paths:
        with open(path) as f:
            for line in f:
                try:
                    records.append(json.loads(line))
                except ValueError:
                    pass  # a line cut by a kill
    records = [r for r in records if r["op"] != "created" and r["thread"] != "seed"]
    return sorted(records, key=lambda r: r["t0"])


def read_events(path):
    events = {}
    with open(path) as f:
        for line in f:
            name, _, at = line.strip().partition(" ")
            if name:
                events.setdefault(name, float(at))
    return events


def read_samples(path):
    samples = {}
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                sample = json.loads(line)
                samples.setdefault(sample["label"], []).append(sample)
    return samples


def reads_total(sample):
    """Anonymous reads served by the replicas and by the primary, summed over the servers."""
    replica = primary = 0
    for server in sample["servers"]:
        _, reads, primary_reads = replica_figures(server["data"])
        replica += sum(v for v in reads.values() if isinstance(v, (int, float)))
        primary += primary_reads if isinstance(primary_reads, (int, float)) else 0
    return replica, primary


def analyse_reads(samples, args):
    if "load-start" not in samples or "pause-start" not in samples:
        check(False, "readiness samples at the start of the load and of the pause")
        return
    r0, p0 = reads_total(samples["load-start"][0])
    r1, p1 = reads_total(samples["pause-start"][0])
    replica, primary = r1 - r0, p1 - p0
    share = replica / (replica + primary) if replica + primary else 0.0
    figure(args, f"anonymous reads with no fault (load start to the pause): {replica} served by the replica, "
          f"{primary} by the primary ({share:.0%} by the replica)")
    for label in ("pause-end", "before-kill", "end"):
        if label in samples:
            r, p = reads_total(samples[label][-1])
            figure(args, f"anonymous reads from the load start to {label}: {r - r0} by the replica, {p - p0} by the primary")
    check(replica + primary > 0 and share >= args.min_replica_share,
          f"(a) a meaningful share of the anonymous reads was served by the replica with no fault: {share:.0%} "
          f"({replica} of {replica + primary}; at least {args.min_replica_share:.0%})")
    paused = samples.get("pause-end", [])
    states = [s for sample in paused for server in sample["servers"]
              for s in replica_figures(server["data"])[0].values()]
    figure(args, f"replica state at the end of the pause: {', '.join(map(str, states)) or 'none'}")
    check(states and all(s == "lagging" for s in states),
          f"(a) both servers report the replica lagging at the end of the {args.pause_seconds:g}s pause ({states})")
    down = samples.get("replica-down", [])
    http = [server["http"] for sample in down for server in sample["servers"]]
    seen = [s for sample in down for server in sample["servers"] for s in replica_figures(server["data"])[0].values()]
    check(down and all(h == 200 for h in http), f"(b) readiness stays 200 while the replica is down ({http})")
    check("down" in seen, f"(b) readiness names the replica down while it is stopped ({seen})")


def cmd_analyse(args):
    records = load(args.log)
    ev = read_events(args.events)
    samples = read_samples(args.ready)
    origin = ev["load_start"]
    kill, promote, promoted = ev["primary_kill"], ev["promote"], ev["promoted"]
    at = lambda t: f"+{t - origin:.1f}s"
    print("events: " + ", ".join(f"{name} {at(t)}" for name, t in sorted(ev.items(), key=lambda kv: kv[1])))
    readers = [r for r in records if r["op"] in READ_OK]
    writes = [r for r in records if r["op"] in WRITE_OK]
    ryw = [r for r in records if r["op"] == "ryw"]
    windows = [("(a) no fault", origin, ev["pause_start"]), ("(a) replay paused", ev["pause_start"], ev["pause_end"]),
               ("(a) resumed", ev["pause_end"], ev["replica_stop"]), ("(b) replica stopped", ev["replica_stop"], ev["replica_up"]),
               ("(b) replica back", ev["replica_up"], kill), ("(c) primary dead", kill, promote),
               ("(c) promoted", promote, ev.get("recovered", float("inf"))),
               ("(c) recovered", ev.get("recovered", float("inf")), float("inf"))]
    for name, start, end in windows:
        inside = lambda rs: [r for r in rs if start <= r["t0"] < end]
        print(f"{name:20s} reads: {tally(inside(readers))}; {latency(inside(readers))}")
        print(f"{'':20s} writes: {tally(inside(writes))}; {latency(inside(writes))}")
        print(f"{'':20s} read-backs: {tally(inside(ryw))}")
    analyse_reads(samples, args)

    # (a) read your writes
    violations = [r for r in ryw if r["status"] == 404 or (r["status"] == 200 and r.get("got") != r["want"])]
    done = [r for r in ryw if r["status"] == 200]
    during_pause = [r for r in done if ev["pause_start"] <= r["t0"] < ev["pause_end"]]
    unavailable = [r for r in ryw if r not in done and r not in violations]
    figure(args, f"read-your-writes: {len(done)} checks done ({len(during_pause)} while replay was paused), "
          f"{len(violations)} violations, {len(unavailable)} read-backs not answered 200/404 ({tally(unavailable)})")
    check(len(done) >= 20 and not violations, f"(a) read your writes: every anonymous read-back with the write's "
          f"{TOKEN_HEADER} saw the write ({len(done)} checks, {len(violations)} violations)", violations, origin)
    paused_violations = [r for r in violations if ev["pause_start"] <= r["t0"] < ev["pause_end"]]
    check(len(during_pause) >= 5 and not paused_violations, f"(a) read your writes while replay was paused on the "
          f"replica ({len(during_pause)} checks, {len(paused_violations)} violations)", paused_violations, origin)
    acked = [r for r in writes if r["status"] in WRITE_OK[r["op"]]]
    tokenless = [r for r in acked if not r.get("ctoken")]
    check(acked and not tokenless, f"(a) every acknowledged write carried a {TOKEN_HEADER} header "
          f"({len(tokenless)} of {len(acked)} without)", tokenless, origin)

    # (a), (b): before the failover, everything as expected
    before = [r for r in records if r["t0"] < ev["replica_stop"]]
    bad = [r for r in before if not expected(r)]
    check(before and not bad, f"(a) before the replica stop every request answered normally ({len(before)}, "
          f"{len(bad)} not)", bad, origin)
    # (b) runs from the replica's stop to the kill; a request still running at the kill belongs to (c)
    stop_window = [r for r in readers + ryw if ev["replica_stop"] <= r["t0"] and r["t1"] < kill]
    bad = [r for r in stop_window if not expected(r)]
    check(stop_window and not bad, f"(b) readers saw no error while the replica was stopped and started "
          f"({len(stop_window)} reads, {len(bad)} not 200/304/expected 404)", bad, origin)
    stop_writes = [r for r in writes if ev["replica_stop"] <= r["t0"] and r["t1"] < kill]
    bad = [r for r in stop_writes if not expected(r)]
    check(stop_writes and not bad, f"(b) writes answered normally while the replica was stopped and started "
          f"({len(stop_writes)}, {len(bad)} not; {latency(stop_writes)})", bad, origin)

    # (c) failover
    server_errors = [r for r in records if r.get("status") and r["status"] >= 500 and r["status"] != 503]
    check(not server_errors, f"no 500 (or other 5xx but 503) at any time ({len(server_errors)})", server_errors, origin)
    cut = [r for r in records if r.get("status") is None]
    check(not cut, f"every request was answered, no connection error ({len(cut)})", cut, origin)
    fives = [r for r in records if r.get("status") == 503]
    improper = [r for r in fives if not proper_503(r)]
    check(not improper, f"(c) every 503 is problem+json with Retry-After ({len(improper)} of {len(fives)} not)",
          improper, origin)
    read_fives = [r for r in fives if r["op"] in READ_OK]
    check(not read_fives, f"(c) anonymous reads kept coming from the replica while no primary could be reached "
          f"({len(read_fives)} answered 503)", read_fives, origin)
    early = [r for r in fives if r["t1"] < kill]
    check(not early, f"no 503 before the primary was killed ({len(early)})", early, origin)
    if fives:
        first, last = min(r["t0"] for r in fives), max(r["t1"] for r in fives)
        span = f"from {first - kill:+.1f}s to {last - kill:+.1f}s after the kill ({last - first:.1f}s; promotion at " \
               f"{promote - kill:+.1f}s, done at {promoted - kill:+.1f}s)"
    else:
        span = "none"
    figure(args, f"503s during the failover: {len(fives)} ({sum(r['op'] in READ_OK for r in fives)} reads, "
          f"{sum(r['op'] in WRITE_OK for r in fives)} writes, {sum(r['op'] == 'ryw' for r in fives)} read-backs), {span}")
    after = sorted((r for r in acked if r["t1"] >= promoted), key=lambda r: r["t1"])
    back = after[0]["t1"] - promoted if after else None
    check(back is not None and back <= args.recovery_limit,
          f"(c) writes acknowledged again {back if back is None else round(back, 1)}s after the promotion "
          f"(limit {args.recovery_limit:g}s)")
    if "recovered" in ev:
        tail = [r for r in records if r["t0"] >= ev["recovered"] + 1]
        bad = [r for r in tail if not expected(r)]
        check(tail and not bad, f"(c) every request normal from 1s after recovery to the end ({len(tail)}, "
              f"{len(bad)} not)", bad, origin)
    else:
        check(False, "(c) the servers recovered (a create and an anonymous read on each) after the promotion")
    creates = sum(r["op"] == "create" for r in acked)
    figure(args, f"writes acknowledged: {len(acked)} ({creates} creates, {len(acked) - creates} updates; "
          f"{sum(r['t1'] >= kill for r in acked)} after the kill)")


def cmd_missing(args):
    """SQL on the new primary: acknowledged posts, how many are missing, and how many have another title
    than the last one acknowledged (for posts whose last update has a certain outcome)."""
    records = []
    for path in args.log:
        with open(path) as f:
            for line in f:
                try:
                    records.append(json.loads(line))
                except ValueError:
                    pass  # a line cut by a kill
    title, uncertain = {}, set()
    for r in sorted(records, key=lambda r: r["t0"]):
        if r["op"] == "created":
            title[r["id"]] = r["title"]
        elif r["op"] == "patch" and r.get("id") in title:
            if r["status"] == 200:
                title[r["id"]] = r["title"]
                uncertain.discard(r["id"])
            elif r["status"] is None or r["status"] >= 500:
                uncertain.add(r["id"])  # applied or not: either title is right
    if not title:
        print("select 0, 0, 0")
        return
    rows = ",".join(f"('{i}'::uuid, {'null' if i in uncertain else sql_string(t)})" for i, t in title.items())
    print(f"select count(*), count(*) filter (where p.id is null), "
          f"count(*) filter (where p.id is not null and v.title is not null and p.title <> v.title) "
          f"from (values {rows}) v(id, title) left join posts p on p.id = v.id")


def sql_string(text):
    return "'" + text.replace("'", "''") + "'"


def servers_with_token(command):
    """The options seed and run share: the servers, the admin token, the request log, the content's prefix."""
    command.add_argument("--base", required=True, action="append")
    command.add_argument("--token", required=True)
    command.add_argument("--log", required=True)
    command.add_argument("--prefix", default="rel-replicas")
    return command


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    seed = servers_with_token(sub.add_parser("seed"))
    seed.add_argument("--out", required=True)
    seed.add_argument("--posts", type=int, default=30)
    run = servers_with_token(sub.add_parser("run"))
    run.add_argument("--seed", required=True)
    run.add_argument("--readers", type=int, default=4)
    run.add_argument("--writers", type=int, default=2)
    run.add_argument("--pause", type=float, default=0.02, help="seconds each thread sleeps between requests")
    run.add_argument("--timeout", type=float, default=15)
    run.add_argument("--duration", type=float, default=300)
    run.add_argument("--stop-file", required=True)
    run.add_argument("--without-token", action="store_true",
                     help="read back without the Consistency-Token: a check of the checker, which should then see violations")
    ready = sub.add_parser("ready")
    ready.add_argument("--base", required=True, action="append")
    ready.add_argument("--label", required=True)
    ready.add_argument("--out", required=True)
    analyse = sub.add_parser("analyse")
    analyse.add_argument("--log", required=True, action="append")
    analyse.add_argument("--events", required=True)
    analyse.add_argument("--ready", required=True)
    analyse.add_argument("--min-replica-share", type=float, default=0.5)
    analyse.add_argument("--pause-seconds", type=float, default=10)
    analyse.add_argument("--recovery-limit", type=float, default=30)
    analyse.add_argument("--figures", help="also append the figures to this file")
    missing = sub.add_parser("missing")
    missing.add_argument("--log", required=True, action="append")
    args = parser.parse_args()
    {"seed": cmd_seed, "run": cmd_run, "ready": cmd_ready, "analyse": cmd_analyse, "missing": cmd_missing}[args.command](args)


if __name__ == "__main__":
    main()
