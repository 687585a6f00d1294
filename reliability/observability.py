#!/usr/bin/env python3
"""Checks for reliability/observability: metrics, logs and request ids seen from outside (standard library only).

  observability.py selftest                       the Prometheus text-format parser on known good and bad input
  observability.py scrape --url URL --dir DIR     GET URL (Accept: text/plain) every second into DIR/NNNN.prom
                                                  and DIR/index.jsonl, until --stop-file exists
  observability.py scrapes --dir DIR              (a) every scrape parses, has every required series, finite
                                                  values, counters never decrease
  observability.py burst --base URL ...           (a)/(b) thousands of requests with random ids, paths, methods;
                                                  every answer has a request id
  observability.py cardinality --metrics URL ...  (b) few http_server_requests series, no random id in a label
  observability.py exact --base URL --metrics URL (c) counters move by exactly what was sent
  observability.py ratelimit --base URL ...       (c) invalid tokens past the limit: 429, counted as rate limited
  observability.py ports --base URL --metrics URL (d) metrics only on the metrics port, nothing else there
  observability.py mint --base URL --token T      mints an editor token, uses it, appends its secret to --secrets
  observability.py request-ids --base URL ...     (f) X-Request-Id = body.requestId = the log lines' mdc.requestId
  observability.py logs --log FILE ...            (e)/(g) every log line is JSON, access lines, no secret logged
  observability.py load-summary --log FILE        what the load generator saw (no 5xx, every request answered)

The checking commands print "PASS: ..." / "FAIL: ..." lines, which lib.sh counts.
"""
import argparse
import json
import math
import os
import random
import re
import sys
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loadgen import check, latency, load_records, parse_json, request, tally  # noqa: E402

PROBLEM_JSON = "application/problem+json"
PROMETHEUS_TEXT = "text/plain; version=0.0.4"
REQUEST_ID = re.compile(r"^[0-9a-f]{32}$")
METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "OTHER"}
HTTP_COUNT = "http_server_requests_seconds_count"

# Every series the server must expose, with label values that must be there (each dict: one sample
# that has at least those labels).
REQUIRED = {
    "http_server_requests_seconds_count": [{}],
    "http_server_requests_seconds_sum": [{}],
    "http_server_requests_seconds_bucket": [{}],
    "http_server_active_requests": [{}],
    "agroal_active_count": [{"datasource": "default"}],
    "agroal_available_count": [{"datasource": "default"}],
    "agroal_awaiting_count": [{"datasource": "default"}],
    "agroal_blocking_time_average_milliseconds": [{"datasource": "default"}],
    "agroal_blocking_time_max_milliseconds": [{"datasource": "default"}],
    "blog_cache_requests_total": [{"result": "hit"}, {"result": "miss"}],
    "blog_cache_evictions_total": [{"cause": "invalidated"}, {"cause": "size"}, {"cause": "expired"}],
    "blog_cache_size_bytes": [{}],
    "blog_cache_max_size_bytes": [{}],
    "blog_cache_entries": [{}],
    "blog_cache_invalidations_received_total": [{}],
    "blog_cache_listener_up": [{}],
    "blog_auth_failures_total": [{"reason": "missing"}, {"reason": "invalid"}],
    "blog_auth_rate_limited_total": [{}],
    "blog_webhook_deliveries_total": [{"outcome": "delivered"}, {"outcome": "retried"}, {"outcome": "failed"}],
    "blog_webhook_deliveries_pending": [{}],
    "blog_webhook_deliveries_oldest_pending_age_seconds": [{}],
    "blog_webhook_fanout_lag": [{}],
    "blog_webhook_fanout_lag_age_seconds": [{}],
    "blog_changes_last_seq": [{}],
    "blog_changes_last_age_seconds": [{}],
    "blog_changes_waiting_requests": [{}],
    "blog_import_items_total": [{"outcome": o} for o in ("created", "existing", "skipped", "failed")],
    "blog_imports_running": [{}],
    "blog_import_items_pending": [{}],
    "jvm_memory_used_bytes": [{}],
}
# Gauges read from the database every blog.metrics.sample-interval: NaN until the first sample.
DB_SAMPLED = {
    "blog_webhook_deliveries_pending", "blog_webhook_deliveries_oldest_pending_age_seconds", "blog_webhook_fanout_lag",
    "blog_webhook_fanout_lag_age_seconds", "blog_changes_last_seq", "blog_changes_last_age_seconds",
    "blog_imports_running", "blog_import_items_pending",
}


# ---- Prometheus text format 0.0.4 --------------------------------------------------------

class ParseError(ValueError):
    pass


NAME = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")
LABEL_NAME = re.compile(r"[a-zA-Z_][a-zA-Z0-9_]*")
VALUE = re.compile(r"[+-]?(?:Inf|NaN|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)$")
TIMESTAMP = re.compile(r"-?[0-9]+$")
TYPES = {"counter", "gauge", "histogram", "summary", "untyped"}
MONOTONIC_SUFFIXES = {"counter": ("", "_total"), "histogram": ("_bucket", "_count", "_sum"),
                      "summary": ("_count", "_sum")}


def parse_value(text):
    if not VALUE.match(text):
        raise ParseError(f"bad value {text!r}")
    return float(text)  # "+Inf", "-Inf" and "NaN" are what float() reads too


def unescape(text, allowed):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            if i + 1 >= len(text) or text[i + 1] not in allowed:
                raise ParseError(f"bad escape in {text!r}")
            out.append("\n" if text[i + 1] == "n" else text[i + 1])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def parse_labels(line, i):
    """Labels from line[i] == '{'; returns (dict, index after '}'). Accepts the trailing comma."""
    labels = {}
    i += 1
    while True:
        while i < len(line) and line[i] == " ":
            i += 1
        if i < len(line) and line[i] == "}":
            return labels, i + 1
        m = LABEL_NAME.match(line, i)
        if not m:
            raise ParseError(f"bad label name at column {i + 1}")
        name = m.group()
        i = m.end()
        while i < len(line) and line[i] == " ":
            i += 1
        if line[i:i + 2] != '="':
            raise ParseError(f"expected =\" after label {name} at column {i + 1}")
        i += 2
        start = i
        while True:
            if i >= len(line):
                raise ParseError(f"unterminated value of label {name}")
            if line[i] == "\\":
                i += 2
                continue
            if line[i] == '"':
                break
            if line[i] == "\n":
                raise ParseError("newline in a label value")
            i += 1
        if name in labels:
            raise ParseError(f"label {name} given twice")
        labels[name] = unescape(line[start:i], {"\\", '"', "n"})
        i += 1
        while i < len(line) and line[i] == " ":
            i += 1
        if i < len(line) and line[i] == ",":
            i += 1
        elif i < len(line) and line[i] == "}":
            return labels, i + 1
        else:
            raise ParseError(f"expected , or }} after label {name} at column {i + 1}")


def parse_sample(line):
    m = NAME.match(line)
    if not m:
        raise ParseError("no metric name")
    name, i = m.group(), m.end()
    labels = {}
    if i < len(line) and line[i] == "{":
        labels, i = parse_labels(line, i)
    rest = line[i:]
    if not rest.startswith((" ", "\t")):
        raise ParseError("no space before the value")
    fields = rest.split()
    if len(fields) not in (1, 2):
        raise ParseError(f"expected a value and an optional timestamp, got {fields}")
    value = parse_value(fields[0])
    if len(fields) == 2 and not TIMESTAMP.match(fields[1]):
        raise ParseError(f"bad timestamp {fields[1]!r}")
    return name, labels, value


def family_of(name, types):
    if name in types:
        return name
    for suffix in ("_bucket", "_count", "_sum", "_total", "_created"):
        if name.endswith(suffix) and name[:-len(suffix)] in types:
            return name[:-len(suffix)]
    return None


def parse_exposition(text):
    """Parses a whole scrape. Returns {"types": {family: type}, "samples": {(name, labels-tuple): value}}.

    Raises ParseError (with the line number) on any line that is not a comment, HELP, TYPE or sample,
    a TYPE given twice or after its samples, a sample given twice, a histogram bucket without le."""
    types, helps, samples, seen_families = {}, set(), {}, set()
    if text and not text.endswith("\n"):
        raise ParseError("the text does not end with a newline")
    for number, line in enumerate(text.split("\n")[:-1] if text else [], 1):
        try:
            if line.strip() == "":
                continue
            if line.startswith("#"):
                parts = line.split(None, 3)
                if len(parts) >= 2 and parts[1] in ("HELP", "TYPE"):
                    if len(parts) < 3 or not NAME.fullmatch(parts[2]):
                        raise ParseError(f"# {parts[1]} without a valid metric name")
                    if parts[1] == "HELP":
                        if parts[2] in helps:
                            raise ParseError(f"second HELP for {parts[2]}")
                        helps.add(parts[2])
                        unescape(parts[3] if len(parts) > 3 else "", {"\\", "n"})
                    else:
                        kind = parts[3].strip() if len(parts) > 3 else ""
                        if kind not in TYPES:
                            raise ParseError(f"unknown type {kind!r}")
                        if parts[2] in types:
                            raise ParseError(f"second TYPE for {parts[2]}")
                        if parts[2] in seen_families:
                            raise ParseError(f"TYPE for {parts[2]} after its samples")
                        types[parts[2]] = kind
                continue  # any other comment
            name, labels, value = parse_sample(line)
            family = family_of(name, types)
            seen_families.add(family or name)
            if family and types[family] == "histogram" and name == family + "_bucket":
                if "le" not in labels:
                    raise ParseError("histogram bucket without le")
                parse_value(labels["le"])
            key = (name, tuple(sorted(labels.items())))
            if key in samples:
                raise ParseError("the same series twice")
            samples[key] = value
        except ParseError as e:
            raise ParseError(f"line {number}: {e}: {line[:200]!r}") from None
    return {"types": types, "samples": samples}


def monotonic(name, types):
    family = family_of(name, types)
    if family is None:
        return False
    return any(name == family + s for s in MONOTONIC_SUFFIXES.get(types[family], ()))


def series(parsed, name):
    """[(labels dict, value)] of one sample name."""
    return [(dict(labels), value) for (n, labels), value in parsed["samples"].items() if n == name]


def value_of(parsed, name, **labels):
    """The value of the one series with exactly these labels; 0 if there is none (a counter not yet made)."""
    want = tuple(sorted(labels.items()))
    return parsed["samples"].get((name, want), 0.0)


def show(key):
    name, labels = key
    return name + ("{" + ",".join(f'{k}="{v}"' for k, v in labels) + "}" if labels else "")


def cmd_selftest(args):
    good = ('# HELP a_total A counter with "quotes" and a \\\\ backslash\\nand a new line\n'
            '# TYPE a_total counter\n'
            'a_total{path="say \\"hi\\"",x="a\\\\b\\nc",} 3.0\n'
            'a_total 1e3\n'
            '# a free comment\n'
            '\n'
            '# TYPE h histogram\n'
            'h_bucket{le="0.005",} 1.0\n'
            'h_bucket{le="+Inf",} 2.0\n'
            'h_count 2.0\n'
            'h_sum 0.25\n'
            '# TYPE g gauge\n'
            'g NaN\n'
            'g{a="1"} -Inf 1712345678000\n'
            'untyped_thing{a="}",b=","} +Inf\n')
    ok = True
    try:
        parsed = parse_exposition(good)
        want = {("a_total", (("path", 'say "hi"'), ("x", "a\\b\nc"))): 3.0, ("a_total", ()): 1000.0,
                ("h_count", ()): 2.0, ("untyped_thing", (("a", "}"), ("b", ","))): math.inf}
        for key, value in want.items():
            if parsed["samples"].get(key) != value:
                print(f"    selftest: {show(key)} read as {parsed['samples'].get(key)!r}, want {value!r}")
                ok = False
        if not math.isnan(parsed["samples"][("g", ())]) or parsed["samples"][("h_bucket", (("le", "+Inf"),))] != 2.0:
            ok = False
        if not monotonic("h_bucket", parsed["types"]) or monotonic("g", parsed["types"]):
            ok = False
    except ParseError as e:
        print(f"    selftest: good text refused: {e}")
        ok = False
    bad = ['a{b="c"} 1_000\n', 'a{b="c} 1\n', 'a{b="c"} \n', 'a{b=c} 1\n', 'a{b="c",,} 1\n', 'a{b="\\x"} 1\n',
           'a 1 2 3\n', '1a 1\n', 'a{b="c"}1\n', 'a infinity\n', 'a 1\na 2\n', '# TYPE a foo\n', 'a 1',
           '# TYPE h histogram\nh_bucket 1\n', 'a 1\n# TYPE a gauge\n', 'a{b="1",b="2"} 1\n', 'garbage\n']
    accepted = []
    for text in bad:
        try:
            parse_exposition(text)
            accepted.append(text)
        except ParseError:
            pass
    check(ok and not accepted, f"the Prometheus text parser reads escaped quotes, trailing commas, +Inf and NaN, "
          f"and refuses {len(bad) - len(accepted)} of {len(bad)} malformed texts", [repr(t) for t in accepted])


# ---- scraping -------------------------------------------------------------------------------

def scrape(url, timeout=5.0):
    base, _, path = url.partition("/q/")
    t0 = time.time()
    res = request(base, "GET", "/q/" + path, headers={"Accept": "text/plain"}, timeout=timeout)
    return res, time.time() - t0


def scrape_parsed(url):
    res, _ = scrape(url)
    if res["status"] != 200:
        raise SystemExit(f"FAIL: scrape of {url}: {res['status'] or res['err']}")
    return parse_exposition(res["body"].decode("utf-8"))


def cmd_scrape(args):
    os.makedirs(args.dir, exist_ok=True)
    started, n = time.time(), 0
    with open(os.path.join(args.dir, "index.jsonl"), "a", buffering=1) as index:
        while time.time() - started < args.max_seconds and not os.path.exists(args.stop_file):
            at = started + n * args.interval
            time.sleep(max(0.0, at - time.time()))
            n += 1
            res, seconds = scrape(args.url)
            path = os.path.join(args.dir, f"{n:04d}.prom")
            with open(path, "wb") as f:
                f.write(res["body"])
            index.write(json.dumps({"n": n, "t": round(time.time(), 3), "status": res["status"], "err": res["err"],
                                    "ctype": res["headers"].get("content-type"), "seconds": round(seconds, 4),
                                    "file": os.path.basename(path)}) + "\n")
    print(f"scrape: {n} scrapes in {time.time() - started:.1f}s")


def cmd_scrapes(args):
    with open(os.path.join(args.dir, "index.jsonl")) as f:
        index = [json.loads(line) for line in f if line.strip()]
    unanswered = [e for e in index if e["status"] != 200 or not (e["ctype"] or "").startswith(PROMETHEUS_TEXT)]
    parsed, unparsable = [], []
    for entry in index:
        if entry in unanswered:
            continue
        with open(os.path.join(args.dir, entry["file"]), encoding="utf-8") as f:
            try:
                parsed.append((entry, parse_exposition(f.read())))
            except (ParseError, UnicodeDecodeError) as e:
                unparsable.append(f"scrape {entry['n']}: {e}")
    span = index[-1]["t"] - index[0]["t"] if index else 0
    slowest = max((e["seconds"] for e in index), default=0)
    print(f"scrapes: {len(index)} over {span:.0f}s, slowest {slowest * 1000:.0f} ms, "
          f"{len(parsed[-1][1]['samples']) if parsed else 0} samples in the last")
    check(len(index) >= args.min_scrapes and not unanswered,
          f"(a) {len(index)} scrapes (at least {args.min_scrapes}), each 200 {PROMETHEUS_TEXT} ({len(unanswered)} not)",
          [f"scrape {e['n']}: {e['status'] or e['err']} {e['ctype']}" for e in unanswered])
    check(parsed and not unparsable, f"(a) every scrape parses as Prometheus text ({len(unparsable)} with a bad line)",
          unparsable)

    missing = []
    for entry, p in parsed:
        for name, wants in REQUIRED.items():
            have = series(p, name)
            for want in wants:
                if not any(all(labels.get(k) == v for k, v in want.items()) for labels, _ in have):
                    missing.append(f"scrape {entry['n']}: no {name}{want or ''}")
        for labels, _ in series(p, HTTP_COUNT) + series(p, "http_server_requests_seconds_bucket"):
            if not {"uri", "method", "status"} <= set(labels):
                missing.append(f"scrape {entry['n']}: http_server_requests series without uri, method, status: {labels}")
                break
    label_sets = sum(len(w) for w in REQUIRED.values())
    check(parsed and not missing, f"(a) all {len(REQUIRED)} required series ({label_sets} label sets) are in every "
          f"scrape ({len(missing)} missing)", missing)

    # finite values; NaN only in the database-sampled gauges before their first sample
    bad_values, early_nan, sampled = [], 0, set()
    for entry, p in parsed:
        for key, value in p["samples"].items():
            name = key[0]
            if math.isfinite(value):
                if name in DB_SAMPLED:
                    sampled.add(name)
                continue
            if math.isnan(value) and name in DB_SAMPLED and name not in sampled:
                early_nan += 1
                continue
            bad_values.append(f"scrape {entry['n']}: {show(key)} = {value}")
    check(parsed and not bad_values, f"(a) every value is finite ({len(bad_values)} not; NaN allowed only in the "
          f"database-sampled gauges before their first sample: {early_nan} such)", bad_values)
    never = sorted(DB_SAMPLED - sampled)
    check(not never, f"(a) every database-sampled gauge had a sample ({len(DB_SAMPLED) - len(never)} of "
          f"{len(DB_SAMPLED)})", never)

    listener_down = [f"scrape {e['n']}: {v}" for e, p in parsed for _, v in series(p, "blog_cache_listener_up") if v != 1]
    check(parsed and not listener_down, f"(a) blog_cache_listener_up is 1 in every scrape ({len(listener_down)} not)",
          listener_down)

    decreased, vanished, compared = [], [], 0
    for (e0, p0), (e1, p1) in zip(parsed, parsed[1:]):
        for key, v0 in p0["samples"].items():
            if not monotonic(key[0], p0["types"]):
                continue
            compared += 1
            v1 = p1["samples"].get(key)
            if v1 is None:
                vanished.append(f"scrapes {e0['n']}->{e1['n']}: {show(key)} gone")
            elif v1 < v0 or (math.isnan(v1) and not math.isnan(v0)):
                decreased.append(f"scrapes {e0['n']}->{e1['n']}: {show(key)} {v0} -> {v1}")
    check(len(parsed) > 1 and not decreased and not vanished,
          f"(a) counters, histogram counts, sums and buckets never decrease or vanish between scrapes "
          f"({compared} comparisons, {len(decreased)} decreased, {len(vanished)} vanished)", decreased + vanished)

    if parsed:
        total = lambda p: sum(v for _, v in series(p, HTTP_COUNT))
        grown = total(parsed[-1][1]) - total(parsed[0][1])
        active = max(v for _, p in parsed for _, v in series(p, "http_server_active_requests"))
        pool = max(v for _, p in parsed for _, v in series(p, "agroal_active_count"))
        print(f"scrapes: requests counted during the scrapes: {grown:.0f}; most active requests seen: {active:.0f}; "
              f"most active connections: {pool:.0f}")
        check(grown >= args.min_requests, f"(a) the scrapes saw the load: http_server_requests_seconds_count grew by "
              f"{grown:.0f} (at least {args.min_requests})")


# ---- burst and cardinality --------------------------------------------------------------------

def token(rng, n=16):
    return "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def burst_request(rng):
    """One request with something random in it: (method, path, body, content type, random parts)."""
    r = token(rng)
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    kind = rng.randrange(10)
    if kind == 0:
        return "GET", f"/api/v1/posts/{u}", None, None, [u]
    if kind == 1:
        return "GET", f"/api/v1/posts/slug/{r}", None, None, [r]
    if kind == 2:
        return "GET", f"/{r}/{token(rng)}", None, None, [r]
    if kind == 3:
        return "GET", f"/api/v1/posts/not-a-uuid-{r}", None, None, [r]
    if kind == 4:
        method = "X" + token(rng, 8).upper()
        return method, f"/api/v1/posts/{u}", None, None, [u, method]
    if kind == 5:
        return "GET", f"/api/v1/tags/{r}", None, None, [r]
    if kind == 6:
        return "GET", f"/api/v1/posts?q={r}&{r}=1", None, None, [r]
    if kind == 7:
        return "POST", f"/api/v1/{r}", {"title": r}, "application/json", [r]   # no token: 401 or 404
    if kind == 8:
        return "GET", f"/api/v1/posts/slug/%22{r}%22%7B%7D%5C", None, None, [r]
    return "GET", f"/q/{r}", None, None, [r]


def cmd_burst(args):
    rng = random.Random(args.seed or time.time_ns())
    plans = [burst_request(rng) for _ in range(args.count)]
    with open(args.sent, "a") as f:
        for plan in plans:
            f.write("\n".join(plan[4]) + "\n")
    results = [None] * len(plans)
    cursor = iter(range(len(plans)))
    lock = threading.Lock()

    def work():
        while True:
            with lock:
                i = next(cursor, None)
            if i is None:
                return
            method, path, body, ctype, _ = plans[i]
            res = request(args.base, method, path, body=body, content_type=ctype, timeout=10)
            results[i] = res

    started = time.time()
    threads = [threading.Thread(target=work, daemon=True) for _ in range(args.threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.time() - started
    counts = {}
    for res in results:
        key = str(res["status"] or res["err"])
        counts[key] = counts.get(key, 0) + 1
    print(f"burst: {len(plans)} requests in {seconds:.1f}s ({len(plans) / seconds:.0f}/s) from {args.threads} threads: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    describe = lambda i: f"{plans[i][0]} {plans[i][1]} -> {results[i]['status'] or results[i]['err']}"
    unanswered = [describe(i) for i, r in enumerate(results) if r["status"] is None]
    check(not unanswered, f"(a) burst: every request answered ({len(unanswered)} not)", unanswered)
    errors = [describe(i) for i, r in enumerate(results) if r["status"] is not None and r["status"] >= 500
              and r["status"] != 501]
    check(not errors, f"(a) burst: no 5xx (but 501 for an unknown method) ({len(errors)})", errors)
    ids = [r["headers"].get("x-request-id", "") for r in results if r["status"] is not None]
    bad_ids = [describe(i) + f" X-Request-Id {r['headers'].get('x-request-id')!r}" for i, r in enumerate(results)
               if r["status"] is not None and not REQUEST_ID.match(r["headers"].get("x-request-id", ""))]
    check(ids and not bad_ids and len(set(ids)) == len(ids),
          f"(f) burst: every answer has an X-Request-Id of 32 hex digits, all different ({len(bad_ids)} without, "
          f"{len(ids) - len(set(ids))} repeated)", bad_ids)
    problems, mismatched = 0, []
    for i, r in enumerate(results):
        if r["status"] is not None and (r["headers"].get("content-type") or "").startswith(PROBLEM_JSON):
            problems += 1
            body = parse_json(r["body"]) or {}
            if body.get("requestId") != r["headers"].get("x-request-id"):
                mismatched.append(describe(i) + f": header {r['headers'].get('x-request-id')}, body {body.get('requestId')}")
    check(problems and not mismatched, f"(f) burst: every problem+json answer's requestId is its X-Request-Id "
          f"({problems} problems, {len(mismatched)} not)", mismatched)


def cmd_cardinality(args):
    with open(args.sent) as f:
        sent = {line.strip() for line in f if len(line.strip()) >= 8}
    parsed = scrape_parsed(args.metrics)
    http = series(parsed, HTTP_COUNT)
    print(f"cardinality: {len(http)} {HTTP_COUNT} series after {len(sent)} random ids/paths/methods were sent:")
    for labels, value in sorted(http, key=lambda s: (s[0].get("uri", ""), s[0].get("method", ""), s[0].get("status", ""))):
        print(f"    {labels.get('uri')} {labels.get('method')} {labels.get('status')}: {value:.0f}")
    check(0 < len(http) <= args.max_series, f"(b) {len(http)} {HTTP_COUNT} series (at most {args.max_series})")
    values = {}   # each label value once, with one series that has it
    for (name, labels), _ in parsed["samples"].items():
        for label, value in labels:
            if len(value) >= 8:
                values.setdefault(value, f"{name} {label}")
    leaked = [f"{where}={value!r}" for value, where in values.items() if any(s in value for s in sent)]
    check(not leaked, f"(b) no label of any series holds a random id, path or method that was sent "
          f"({len(leaked)} do)", leaked)
    odd = [str(labels) for labels, _ in http if not (
        (labels.get("uri", "").startswith("/") or labels.get("uri") in ("NOT_FOUND", "UNMATCHED"))
        and labels.get("method") in METHODS and re.fullmatch(r"[1-5]xx", labels.get("status", "")))]
    check(not odd, f"(b) every uri is a route template, NOT_FOUND or UNMATCHED, every method one of "
          f"{len(METHODS)}, every status a class like 2xx ({len(odd)} not)", odd)
    templates = {labels.get("uri") for labels, _ in http}
    want = {"/api/v1/posts/{id}", "/api/v1/posts/slug/{slug}", "NOT_FOUND"}
    check(want <= templates, f"(b) the burst's requests are counted under {sorted(want)} "
          f"(missing: {sorted(want - templates) or 'none'})")


# ---- exact counting ---------------------------------------------------------------------------

def wait_for_delta(metrics, name, labels, before, want, settle=1.5):
    """Re-reads until the counter moved by want (or settle seconds passed), then once more after a pause."""
    end = time.time() + settle
    while True:
        now = value_of(scrape_parsed(metrics), name, **labels)
        if now - before >= want or time.time() >= end:
            break
        time.sleep(0.1)
    time.sleep(0.3)
    return value_of(scrape_parsed(metrics), name, **labels) - before


def counted(args, what, name, labels, send, n, want_status):
    before = value_of(scrape_parsed(args.metrics), name, **labels)
    statuses = [send(i) for i in range(n)]
    delta = wait_for_delta(args.metrics, name, labels, before, n)
    selector = name + "{" + ",".join(f'{k}="{v}"' for k, v in labels.items()) + "}"
    wrong = [s for s in statuses if s != want_status]
    check(not wrong and delta == n, f"(c) {n} {what}: {selector} went from {before:.0f} by {delta:.0f} (want {n}); "
          f"answers {tally_statuses(statuses)}")
    return delta == n


def tally_statuses(statuses):
    counts = {}
    for s in statuses:
        counts[s] = counts.get(s, 0) + 1
    return ", ".join(f"{k} x{v}" for k, v in sorted(counts.items(), key=str))


def append_secret(path, secret):
    with open(path, "a") as f:
        f.write(secret + "\n")


def cmd_exact(args):
    counted(args, "GETs of random post ids", HTTP_COUNT,
            {"method": "GET", "status": "4xx", "uri": "/api/v1/posts/{id}"},
            lambda i: request(args.base, "GET", f"/api/v1/posts/{uuid.uuid4()}")["status"], args.not_found, 404)

    def bad_token(i):
        secret = "rel-bad-" + uuid.uuid4().hex
        append_secret(args.secrets, secret)
        return request(args.base, "GET", "/api/v1/tokens", token=secret)["status"]

    counted(args, "requests with a bad bearer token", "blog_auth_failures_total", {"reason": "invalid"},
            bad_token, args.invalid, 401)
    counted(args, "POSTs without a token", "blog_auth_failures_total", {"reason": "missing"},
            lambda i: request(args.base, "POST", "/api/v1/posts", body={"title": "x"},
                              content_type="application/json")["status"], args.missing, 401)


def cmd_ratelimit(args):
    """Bad tokens until the server refuses (429), then a few more: each counted once, as invalid or rate limited."""
    p = scrape_parsed(args.metrics)
    invalid0 = value_of(p, "blog_auth_failures_total", reason="invalid")
    limited0 = value_of(p, "blog_auth_rate_limited_total")
    statuses, retry_after = [], None
    for _ in range(60):
        secret = "rel-bad-" + uuid.uuid4().hex
        append_secret(args.secrets, secret)
        res = request(args.base, "GET", "/api/v1/tokens", token=secret)
        statuses.append(res["status"])
        if res["status"] == 429:
            retry_after = retry_after or res["headers"].get("retry-after")
            if statuses.count(429) == args.after:
                break
    time.sleep(0.5)
    p = scrape_parsed(args.metrics)
    invalid = value_of(p, "blog_auth_failures_total", reason="invalid") - invalid0
    limited = value_of(p, "blog_auth_rate_limited_total") - limited0
    n401, n429 = statuses.count(401), statuses.count(429)
    check(n429 == args.after and n401 + n429 == len(statuses) and invalid == n401 and limited == n429 and retry_after,
          f"(c) bad tokens past the limit: {len(statuses)} sent, {n401} x 401 (invalid +{invalid:.0f}), then "
          f"{n429} x 429 with Retry-After {retry_after} (blog_auth_rate_limited_total +{limited:.0f})")


# ---- ports -------------------------------------------------------------------------------------

def cmd_ports(args):
    metrics_base = args.metrics.partition("/q/")[0]
    for path in ("/q/metrics", "/q/metrics/", "//q/metrics", "/q/metrics?x=1", "/q/./metrics", "/metrics"):
        for accept in ("text/plain", "application/openmetrics-text; version=1.0.0", "*/*"):
            res = request(args.base, "GET", path, headers={"Accept": accept})
            body = parse_json(res["body"]) or {}
            ctype = res["headers"].get("content-type") or ""
            ok = (res["status"] == 404 and ctype.startswith(PROBLEM_JSON) and body.get("status") == 404
                  and b"# TYPE" not in res["body"] and body.get("requestId") == res["headers"].get("x-request-id"))
            if not ok or path == "/q/metrics":
                check(ok, f"(d) public port: GET {path} (Accept: {accept}) -> {res['status'] or res['err']} {ctype}"
                          f" (want 404 problem+json with its requestId, no metrics)")
    res = request(metrics_base, "GET", "/q/metrics", headers={"Accept": "text/plain"})
    ctype = res["headers"].get("content-type") or ""
    check(res["status"] == 200 and ctype.startswith(PROMETHEUS_TEXT) and b"# TYPE" in res["body"],
          f"(d) metrics port: GET /q/metrics -> {res['status'] or res['err']} {ctype}")
    others = []
    for method, path in (("GET", "/api/v1/posts"), ("GET", "/q/health/ready"), ("GET", "/q/health"), ("GET", "/"),
                         ("GET", "/q/openapi"), ("GET", "/api/v1/posts/slug/x"), ("POST", "/api/v1/posts"),
                         ("GET", "/q/metrics/../../api/v1/posts"), ("GET", "/q/metricsx")):
        res = request(metrics_base, method, path, token=args.token if method == "POST" else None,
                      body={"title": "x"} if method == "POST" else None, content_type="application/json")
        if res["status"] != 404 or b'"items"' in res["body"] or b'"status"' in res["body"]:
            others.append(f"{method} {path} -> {res['status'] or res['err']} {res['body'][:80]!r}")
    check(not others, f"(d) metrics port: nothing but /q/metrics (9 other requests all 404, {len(others)} not)", others)


# ---- tokens, request ids, logs ---------------------------------------------------------------

def cmd_mint(args):
    res = request(args.base, "POST", "/api/v1/tokens", token=args.token, content_type="application/json",
                  body={"name": "rel-observability", "role": "editor"})
    body = parse_json(res["body"]) or {}
    secret = body.get("secret")
    if res["status"] != 201 or not secret:
        check(False, f"mint a token: POST /api/v1/tokens -> {res['status'] or res['err']} {res['body'][:200]!r}")
        return
    append_secret(args.secrets, secret)
    uses = [("POST", "/api/v1/posts", {"title": "rel-obs minted", "markdown": "x", "status": "published"}, 201),
            ("GET", "/api/v1/posts?limit=3", None, 200), ("POST", "/api/v1/posts", "{", 400),
            ("PATCH", "/api/v1/posts/" + str(uuid.uuid4()), {"title": "y"}, 404)]
    got = []
    for method, path, payload, want in uses:
        if payload == "{":
            raw = request_raw(args.base, method, path, b'{"title": ', {"Authorization": "Bearer " + secret,
                                                                         "Content-Type": "application/json"})
        else:
            raw = request(args.base, method, path, token=secret, body=payload,
                          content_type="application/merge-patch+json" if method == "PATCH" else "application/json")
        got.append((method, path, want, raw["status"]))
    wrong = [g for g in got if g[2] != g[3]]
    check(not wrong, f"mint an editor token (secret {secret[:9]}…) and use it: "
          + ", ".join(f"{m} {p.split('?')[0]} {s}" for m, p, _, s in got), [str(w) for w in wrong])


def request_raw(base, method, path, data, headers, timeout=10.0):
    """A request with a body that is not JSON (loadgen.request serialises its body)."""
    from loadgen import connection
    conn = connection(base, timeout)
    try:
        conn.request(method, path, body=data, headers={"Connection": "close", "Accept": "application/json", **headers})
        response = conn.getresponse()
        return {"status": response.status, "headers": {k.lower(): v for k, v in response.getheaders()},
                "body": response.read()}
    except OSError as e:
        return {"status": None, "err": type(e).__name__, "headers": {}, "body": b""}
    finally:
        conn.close()


def read_log(path):
    """[(line number, raw line, parsed object or None)]"""
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            raw = line.rstrip("\n")
            try:
                obj = json.loads(raw)
            except ValueError:
                obj = None
            out.append((number, raw, obj if isinstance(obj, dict) else None))
    return out


def log_lines_with_id(path, request_id, wait=3.0):
    end = time.time() + wait
    while True:
        lines = [obj for _, _, obj in read_log(path) if obj and (obj.get("mdc") or {}).get("requestId") == request_id]
        if any(o.get("loggerName") == "blog.logging.AccessLog" for o in lines) or time.time() >= end:
            return lines
        time.sleep(0.2)


def cmd_request_ids(args):
    failing = [
        # a path parameter that does not convert is a 404 (JAX-RS), a bad query parameter a 400
        ("GET /api/v1/posts/not-a-uuid", lambda extra: request(args.base, "GET", "/api/v1/posts/not-a-uuid", headers=extra), 404),
        ("GET /api/v1/posts?limit=abc", lambda extra: request(args.base, "GET", "/api/v1/posts?limit=abc", headers=extra), 400),
        ("POST /api/v1/posts with a malformed body",
         lambda extra: request_raw(args.base, "POST", "/api/v1/posts", b'{"title": "x", ',
                                   {"Authorization": "Bearer " + args.token, "Content-Type": "application/json", **extra}), 400),
    ]
    seen = []
    for what, send, want in failing:
        res = send({})
        header = res["headers"].get("x-request-id")
        body = parse_json(res["body"]) or {}
        seen.append(header)
        check(res["status"] == want and (res["headers"].get("content-type") or "").startswith(PROBLEM_JSON)
              and bool(REQUEST_ID.match(header or "")) and body.get("requestId") == header,
              f"(f) {what} -> {res['status'] or res['err']}: X-Request-Id {header} = body.requestId {body.get('requestId')}")
        lines = log_lines_with_id(args.log, header)
        loggers = sorted({o.get("loggerName") for o in lines})
        check(any(o.get("loggerName") == "blog.logging.AccessLog" for o in lines),
              f"(f) {len(lines)} log line(s) with mdc.requestId {header} (loggers {', '.join(map(str, loggers)) or 'none'}),"
              f" the access log's among them")
    check(len(set(seen)) == len(seen), f"(f) {len(seen)} requests, {len(set(seen))} request ids")

    sent_ids = []
    for what, send, want in failing + [("GET /api/v1/posts", lambda extra: request(args.base, "GET", "/api/v1/posts?limit=1",
                                                                                   headers=extra), 200)]:
        sent = "client-chosen-" + uuid.uuid4().hex[:12]
        sent_ids.append(sent)
        res = send({"X-Request-Id": sent})
        header = res["headers"].get("x-request-id") or ""
        body = parse_json(res["body"]) or {}
        body_ok = want == 200 or body.get("requestId") == header
        check(res["status"] == want and header != sent and REQUEST_ID.match(header) and body_ok,
              f"(f) {what} with X-Request-Id: {sent} from untrusted 127.0.0.1 -> {res['status'] or res['err']}, "
              f"replaced by {header}" + ("" if want == 200 else f" (body.requestId {body.get('requestId')})"))
    time.sleep(1)
    used = [raw[:200] for _, raw, _ in read_log(args.log) if any(s in raw for s in sent_ids)]
    check(not used, f"(f) the client-sent ids appear in no log line ({len(used)} do)", used)


def cmd_logs(args):
    lines = read_log(args.log)
    bad = [(n, raw) for n, raw, obj in lines if obj is None
           or not {"timestamp", "level", "loggerName", "message"} <= set(obj)]
    check(lines and not bad, f"(e) every line of the server log is one JSON object with timestamp, level, loggerName, "
          f"message ({len(lines)} lines, {len(bad)} not)", [f"line {n}: {raw[:300]!r}" for n, raw in bad[:5]])
    objs = [obj for _, _, obj in lines if obj]
    levels = {}
    for o in objs:
        levels[o.get("level")] = levels.get(o.get("level"), 0) + 1
    print("logs: levels " + ", ".join(f"{k} {v}" for k, v in sorted(levels.items(), key=str)))
    for o in objs:
        if o.get("level") in ("ERROR", "SEVERE", "FATAL"):
            print(f"    {o.get('loggerName')}: {str(o.get('message'))[:200]}")
    access = [o for o in objs if o.get("loggerName") == "blog.logging.AccessLog"]
    shape = re.compile(r"^[A-Z][A-Z0-9]* /\S* \d{3} \d+ ms \d+ bytes$")
    malformed = [str(o.get("message"))[:200] + f" (requestId {(o.get('mdc') or {}).get('requestId')})" for o in access
                 if not shape.match(str(o.get("message"))) or o.get("level") != "INFO"
                 or not REQUEST_ID.match(str((o.get("mdc") or {}).get("requestId")))]
    check(access and not malformed, f"(e) {len(access)} access-log lines (blog.logging.AccessLog, INFO, "
          f"\"METHOD path status N ms N bytes\", each with mdc.requestId; {len(malformed)} not)", malformed)
    ids = [(o.get("mdc") or {}).get("requestId") for o in access]
    check(len(set(ids)) == len(ids), f"(e) each access-log line has a request id of its own ({len(ids) - len(set(ids))} repeated)")
    requests = sum(v for _, v in series(scrape_parsed(args.metrics), HTTP_COUNT))
    check(requests == len(access), f"(e) one access-log line per request counted in {HTTP_COUNT} "
          f"({len(access)} lines, {requests:.0f} counted)")
    with open(args.secrets) as f:
        secrets = [s.strip() for s in f if s.strip()]
    found = []
    for n, raw, _ in lines:
        for s in secrets + ["Bearer "]:
            if s in raw:
                found.append(f"line {n} holds {s[:12]}…: {raw[:200]!r}")
    check(secrets and not found, f"(g) none of {len(secrets)} secrets (admin token, minted token, bad tokens, token "
          f"hash key) nor 'Bearer ' is in any log line ({len(found)} found)", found)


def cmd_load_summary(args):
    records, created = load_records([args.log])
    print(f"load: {len(records)} requests, {len(created)} posts created: {tally(records)}; {latency(records)}")
    for op in ("create", "read", "cond", "list", "patch"):
        mine = [r for r in records if r["op"] == op]
        if mine:
            print(f"load:   {op:6s} {len(mine):6d}: {tally(mine)}")
    bad = [r for r in records if r["status"] is None or r["status"] >= 500]
    check(records and not bad, f"(a) load: every request answered, no 5xx ({len(records)} requests, {len(bad)} not)", bad)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("selftest")
    p = sub.add_parser("scrape")
    p.add_argument("--url", required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--stop-file", required=True)
    p.add_argument("--interval", type=float, default=1.0)
    p.add_argument("--max-seconds", type=float, default=300)
    p = sub.add_parser("scrapes")
    p.add_argument("--dir", required=True)
    p.add_argument("--min-scrapes", type=int, default=20)
    p.add_argument("--min-requests", type=int, default=1000)
    p = sub.add_parser("burst")
    p.add_argument("--base", required=True)
    p.add_argument("--count", type=int, default=3000)
    p.add_argument("--threads", type=int, default=12)
    p.add_argument("--sent", required=True, help="file the random parts of the requests are appended to")
    p.add_argument("--seed", type=int, default=0)
    p = sub.add_parser("cardinality")
    p.add_argument("--metrics", required=True)
    p.add_argument("--sent", required=True)
    p.add_argument("--max-series", type=int, default=40)
    for name in ("exact", "ratelimit"):
        p = sub.add_parser(name)
        p.add_argument("--base", required=True)
        p.add_argument("--metrics", required=True)
        p.add_argument("--secrets", required=True, help="file the bad tokens sent are appended to")
        p.add_argument("--not-found", type=int, default=25)
        p.add_argument("--invalid", type=int, default=7)
        p.add_argument("--missing", type=int, default=5)
        p.add_argument("--after", type=int, default=3, help="ratelimit: 429s to send")
    p = sub.add_parser("ports")
    p.add_argument("--base", required=True)
    p.add_argument("--metrics", required=True)
    p.add_argument("--token", required=True)
    p = sub.add_parser("mint")
    p.add_argument("--base", required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--secrets", required=True)
    p = sub.add_parser("request-ids")
    p.add_argument("--base", required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--log", required=True)
    p = sub.add_parser("logs")
    p.add_argument("--log", required=True)
    p.add_argument("--metrics", required=True)
    p.add_argument("--secrets", required=True)
    p = sub.add_parser("load-summary")
    p.add_argument("--log", required=True)
    args = parser.parse_args()
    {"selftest": cmd_selftest, "scrape": cmd_scrape, "scrapes": cmd_scrapes, "burst": cmd_burst,
     "cardinality": cmd_cardinality, "exact": cmd_exact, "ratelimit": cmd_ratelimit, "ports": cmd_ports,
     "mint": cmd_mint, "request-ids": cmd_request_ids, "logs": cmd_logs,
     "load-summary": cmd_load_summary}[args.command](args)


if __name__ == "__main__":
    main()
