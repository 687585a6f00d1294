#!/usr/bin/env python3
"""Loads a synthetic blog (tags, posts, post_tags) into a benchmark database, fast.

Steps: create the database if missing, let the packaged server migrate it (Flyway owns the
schema), then in ONE transaction: truncate, drop the secondary indexes, COPY everything in
(FREEZE, then one VACUUM for the visibility maps), rebuild the indexes, ANALYZE. Rows are streamed
to psql while they are generated. Same --seed and --anchor give byte-identical data.

Python 3 standard library only.
"""

import argparse
import datetime as dt
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import time
import uuid

sys.dont_write_bytecode = True  # no __pycache__ in bench/
import vocabulary as vocab  # noqa: E402
from content import (WORDS_PER_MINUTE, Writer, excerpt_of, slugify, tag_names,  # noqa: E402
                     target_word_count, title_of, zipf_cumulative)
from database import (BENCH_DIR, POST_COLUMNS, POST_TAG_COLUMNS, PSQL, TAG_COLUMNS, check_columns,  # noqa: E402
                      copy_command, ensure_database, load_script_head, load_script_indexes_and_analyze, log,
                      migrate, psql_value)

PROTECTED_DATABASES = {"postgres", "template0", "template1"}
TEN_YEARS = dt.timedelta(days=3652)
TAGS_PER_POST_WEIGHTS = [30, 30, 20, 12, 8]          # 1..5 tags
STATUS_CUTOFFS = (0.025, 0.05)                       # draft < 2.5% <= scheduled < 5% <= published


# ---- rows ------------------------------------------------------------------------------

def copy_text(value):
    """A field of COPY's text format."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value)


def copy_row(values):
    return "\t".join(copy_text(v) for v in values) + "\n"


def uuid7(rng, instant):
    """A UUIDv7: milliseconds since the epoch, then random bits (from the seeded generator)."""
    millis = int(instant.timestamp() * 1000) & ((1 << 48) - 1)
    value = (millis << 80) | (0x7 << 76) | (rng.getrandbits(12) << 64) | (0b10 << 62) | rng.getrandbits(62)
    return str(uuid.UUID(int=value))


def make_tags(rng, anchor):
    tags = []
    for name in tag_names(rng):
        created = anchor - TEN_YEARS - dt.timedelta(seconds=rng.randint(0, 365 * 86400))
        description = f"Posts about {name}." if rng.random() < 0.4 else None
        tags.append((uuid7(rng, created), slugify(name, 120), name, description, created, created))
    return tags


# ---- posts -----------------------------------------------------------------------------

class PostMaker:
    """Makes one post row, its tag rows, and bookkeeping for the data files."""

    def __init__(self, rng, writer, tags, anchor, common_candidates):
        self.rng, self.writer, self.tags, self.anchor = rng, writer, tags, anchor
        self.tag_cumulative = zipf_cumulative(len(tags))
        self.taken_slugs = set()
        self.common_candidates = common_candidates
        self.document_frequency = dict.fromkeys(common_candidates, 0)
        self.rare_document_frequency = {}
        self.tag_post_counts = [0] * len(tags)
        self.published_slugs = []

    def dates(self, status):
        rng, anchor = self.rng, self.anchor
        if status == "draft":
            created = anchor - dt.timedelta(seconds=rng.uniform(3600, 180 * 86400))
            return None, created, created + dt.timedelta(seconds=rng.uniform(0, (anchor - created).total_seconds()))
        if status == "scheduled":
            created = anchor - dt.timedelta(seconds=rng.uniform(3600, 30 * 86400))
            return anchor + dt.timedelta(seconds=rng.uniform(86400, 90 * 86400)), created, created
        published = anchor - dt.timedelta(seconds=rng.uniform(60, TEN_YEARS.total_seconds()))
        created = published - dt.timedelta(seconds=rng.uniform(0, 7 * 86400))
        edited = rng.random() < 0.3
        updated = published + dt.timedelta(seconds=rng.uniform(0, (anchor - published).total_seconds())) if edited else published
        return published, created, updated

    def slug_for(self, title):
        base = slugify(title, 200) or "post"
        slug, n = base, 1
        while slug in self.taken_slugs:
            n += 1
            suffix = f"-{n}"
            slug = base[:200 - len(suffix)].strip("-") + suffix
        self.taken_slugs.add(slug)
        return slug

    def post_tags(self):
        wanted = self.rng.choices(range(1, 6), weights=TAGS_PER_POST_WEIGHTS)[0]
        chosen = []
        for _ in range(50):
            index = self.rng.choices(range(len(self.tags)), cum_weights=self.tag_cumulative)[0]
            if index not in chosen:
                chosen.append(index)
                if len(chosen) == wanted:
                    break
        return chosen

    def make(self):
        rng = self.rng
        roll = rng.random()
        status = "draft" if roll < STATUS_CUTOFFS[0] else "scheduled" if roll < STATUS_CUTOFFS[1] else "published"
        published_at, created_at, updated_at = self.dates(status)
        title = title_of(rng)
        slug = self.slug_for(title)
        rare = rng.sample(self.writer.rare_terms, rng.choice((0, 0, 1, 1, 2, 3)))
        markdown, html_body, words, prose, tokens = self.writer.body(target_word_count(rng), rare)
        custom_excerpt = rng.random() < 0.05
        if custom_excerpt:
            sentence = self.writer.words(rng.randint(12, 30))
            excerpt = sentence[0].capitalize() + " " + " ".join(sentence[1:]) + "."
        else:
            excerpt = excerpt_of(prose)
        has_image = rng.random() < 0.6
        post_id = uuid7(rng, created_at)
        row = (post_id, slug, title, markdown, html_body, excerpt, custom_excerpt,
               max(1, math.ceil(words / WORDS_PER_MINUTE)), status, published_at,
               status == "published" and rng.random() < 0.03,
               f"https://images.example.com/posts/{post_id}.jpg" if has_image else None,
               " ".join(self.writer.content_words(rng.randint(2, 6))).capitalize() if has_image else None,
               None,
               excerpt[:160] if rng.random() < 0.2 else None,
               f"https://elsewhere.example.org/{slug}" if rng.random() < 0.02 else None,
               created_at, updated_at,
               status == "published")  # announced (db/V11): published posts are public, scheduled ones later
        tag_indexes = self.post_tags()
        row += (tags_json([self.tags[index] for index in tag_indexes]),)
        tag_rows = [(post_id, self.tags[index][0], position) for position, index in enumerate(tag_indexes)]
        self._count(status, slug, tokens, rare, tag_indexes)
        return row, tag_rows

    def _count(self, status, slug, tokens, rare, tag_indexes):
        present = set(tokens)
        for word in self.common_candidates:
            if word in present:
                self.document_frequency[word] += 1
        for term in set(rare):
            self.rare_document_frequency[term] = self.rare_document_frequency.get(term, 0) + 1
        if status == "published":
            self.published_slugs.append(slug)
            for index in tag_indexes:
                self.tag_post_counts[index] += 1


# ---- main ------------------------------------------------------------------------------

def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=100_000, help="number of posts (default 100000)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--db", default="blog_bench", help="database (default blog_bench); created if missing")
    parser.add_argument("--schema", default="blog", help="schema the server migrates (default blog)")
    parser.add_argument("--anchor", help="'now' of the data set, YYYY-MM-DD (default: today, UTC); "
                                         "posts are published in the ten years before it, scheduled after it")
    parser.add_argument("--skip-migrate", action="store_true", help="do not start the server to migrate first")
    args = parser.parse_args()
    if args.db in PROTECTED_DATABASES or not re.fullmatch(r"[a-z_][a-z0-9_]*", args.db):
        parser.error(f"refusing database '{args.db}': use a bench database such as blog_bench")
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", args.schema):
        parser.error("the schema must be a plain lower-case identifier")
    if args.posts < 1:
        parser.error("--posts must be at least 1")
    return args


def anchor_of(args):
    day = dt.date.fromisoformat(args.anchor) if args.anchor else dt.datetime.now(dt.timezone.utc).date()
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


class Stream:
    """Buffered writes to psql's stdin."""

    def __init__(self, process):
        self.process, self.parts, self.size = process, [], 0

    def write(self, text):
        self.parts.append(text)
        self.size += len(text)
        if self.size > 1 << 20:
            self.flush()

    def flush(self):
        self.process.stdin.write("".join(self.parts).encode("utf-8"))
        self.parts, self.size = [], 0


def tags_json(tags):
    """A post's tags as db/V8's post_tags_json() writes them: [{"id":…,"slug":…,"name":…}] in order, compact."""
    return "[" + ",".join('{"id":"%s","slug":%s,"name":%s}' % (tag[0], json.dumps(tag[1], ensure_ascii=False),
                                                                json.dumps(tag[2], ensure_ascii=False)) for tag in tags) + "]"


def load(args, anchor):
    rng = random.Random(args.seed)
    writer = Writer(rng)
    tags = make_tags(rng, anchor)
    common_candidates = [w for w in vocab.CONTENT_WORDS[:40] if w.isascii()]
    maker = PostMaker(rng, writer, tags, anchor, common_candidates)
    psql = subprocess.Popen(PSQL + ["-d", args.db, "--single-transaction", "-q", "-f", "-"], stdin=subprocess.PIPE)
    stream = Stream(psql)
    started = time.monotonic()
    post_tag_rows = []
    try:
        stream.write(load_script_head(args.schema))
        stream.write(copy_command("tags", TAG_COLUMNS))
        for tag in tags:
            stream.write(copy_row(tag))
        stream.write("\\.\n" + copy_command("posts", POST_COLUMNS))
        for n in range(1, args.posts + 1):
            row, tag_rows = maker.make()
            stream.write(copy_row(row))
            post_tag_rows.extend(tag_rows)
            if n % 10_000 == 0:
                elapsed = time.monotonic() - started
                log(f"{n} posts streamed in {elapsed:.0f} s ({n / elapsed:.0f} posts/s)")
        stream.write("\\.\n" + copy_command("post_tags", POST_TAG_COLUMNS))
        for row in post_tag_rows:
            stream.write(copy_row(row))
        stream.write("\\.\n" + load_script_indexes_and_analyze())
        stream.flush()
        psql.stdin.close()
    except BrokenPipeError:
        pass
    if psql.wait() != 0:
        raise SystemExit(f"psql failed (exit {psql.returncode}); the transaction was rolled back")
    log(f"generated and streamed {args.posts} posts, {len(tags)} tags, {len(post_tag_rows)} post_tags "
        f"in {time.monotonic() - started:.1f} s (generation overlaps COPY)")
    return maker, tags, rng


def write_data_files(args, maker, tags, rng):
    data_dir = os.path.join(BENCH_DIR, "data")
    db_dir = os.path.join(data_dir, args.db)
    os.makedirs(db_dir, exist_ok=True)
    published = maker.published_slugs
    hot = rng.sample(published, min(10, len(published)))
    ranked = sorted(range(len(tags)), key=lambda i: -maker.tag_post_counts[i])
    total = args.posts
    common = [w for w, df in sorted(maker.document_frequency.items(), key=lambda item: -item[1])
              if df >= 0.5 * total][:5]
    rare = sorted(t for t, df in maker.rare_document_frequency.items() if 1 <= df <= 20)
    rare = rng.sample(rare, min(10, len(rare)))
    files = {
        "slugs.txt": published,
        "hot-slugs.txt": hot,
        "popular-tag.txt": [tags[ranked[0]][1]],
        "search-words.txt": [f"common {w}" for w in common] + [f"rare {w}" for w in rare],
    }
    for name, lines in files.items():
        with open(os.path.join(db_dir, name), "w") as out:
            out.write("".join(line + "\n" for line in lines))
        link = os.path.join(data_dir, name)
        if os.path.islink(link) or os.path.exists(link):
            os.remove(link)
        os.symlink(os.path.join(args.db, name), link)
    with open(os.path.join(db_dir, "dataset.txt"), "w") as out:
        out.write(f"posts={args.posts} seed={args.seed} anchor={args.anchor_day} published={len(published)}\n")
    log(f"wrote {db_dir}/{{{','.join(files)}}} ({len(published)} published slugs); "
        f"bench/data/*.txt now point at {args.db}")
    log("most popular tags (published posts): " + ", ".join(
        f"{tags[i][1]} ({maker.tag_post_counts[i]})" for i in ranked[:8]))
    log("search words: common " + " ".join(f"{w} ({maker.document_frequency[w]})" for w in common)
        + "; rare " + " ".join(f"{w} ({maker.rare_document_frequency[w]})" for w in rare))


def main():
    args = parse_args()
    anchor = anchor_of(args)
    args.anchor_day = anchor.date().isoformat()
    if shutil.which("psql") is None:
        raise SystemExit("psql is missing: apt-get install -y postgresql-client")
    started = time.monotonic()
    log(f"{args.posts} posts, seed {args.seed}, anchor {args.anchor_day}, database {args.db} (schema {args.schema})")
    ensure_database(args.db)
    if not args.skip_migrate:
        os.makedirs(os.path.join(BENCH_DIR, "data", args.db), exist_ok=True)
        step = time.monotonic()
        migrate(args.db, args.schema, os.path.join(BENCH_DIR, "data", args.db, "migrate-server.log"))
        log(f"migrated by starting the server once: {time.monotonic() - step:.1f} s")
    check_columns(args.db, args.schema)
    step = time.monotonic()
    maker, tags, rng = load(args, anchor)
    log(f"load transaction (truncate, COPY, indexes, analyze): {time.monotonic() - step:.1f} s")
    step = time.monotonic()
    # COPY FREEZE marks pages all-visible only when it inserts in batches, which a table with a
    # row trigger (posts: db/V10, post_tags) prevents. Without the visibility map, counts and deep
    # pages would read the table instead of the index alone until autovacuum came by, as it does
    # on a live database.
    psql_value(args.db, f"vacuum {args.schema}.posts, {args.schema}.post_tags")
    log(f"vacuum posts, post_tags: {time.monotonic() - step:.1f} s")
    write_data_files(args, maker, tags, rng)
    size = psql_value(args.db, "select pg_size_pretty(pg_database_size(current_database()))")
    log(f"done in {time.monotonic() - started:.1f} s; database {args.db} is {size}")


if __name__ == "__main__":
    main()
