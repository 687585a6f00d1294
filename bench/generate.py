#!/usr/bin/env python3
"""Loads a synthetic blog (tags, posts, post_tags) into a benchmark database, fast.

Steps: create the database if missing, let the packaged server migrate it (Flyway owns the
schema), then in ONE transaction: truncate, drop the secondary indexes, COPY everything in
(FREEZE, so the rows need no vacuum later), rebuild the indexes, ANALYZE. Rows are streamed
to psql while they are generated. Same --seed and --anchor give byte-identical data.

Python 3 standard library only.
"""

import argparse
import datetime as dt
import html
import math
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.request
import uuid

import random

sys.dont_write_bytecode = True  # no __pycache__ in bench/
import vocabulary as vocab  # noqa: E402

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(BENCH_DIR)
JAR = os.path.join(REPO_DIR, "target", "quarkus-app", "quarkus-run.jar")
PSQL = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-X"]
PROTECTED_DATABASES = {"postgres", "template0", "template1"}

TAG_COUNT = 1000
WORDS_PER_MINUTE = 265
EXCERPT_WORDS = 50
EXCERPT_MAX_CHARACTERS = 400
TEN_YEARS = dt.timedelta(days=3652)
TAGS_PER_POST_WEIGHTS = [30, 30, 20, 12, 8]          # 1..5 tags
STATUS_CUTOFFS = (0.025, 0.05)                       # draft < 2.5% <= scheduled < 5% <= published
RARE_TERMS = 50_000                                  # invented words a post mentions 0-3 of
TAIL_WORDS = 30_000                                  # invented words in the Zipf tail of the prose
POST_COLUMNS = ("id", "slug", "title", "markdown", "html", "excerpt", "custom_excerpt", "reading_time_minutes",
                "status", "published_at", "featured", "feature_image", "feature_image_alt", "meta_title",
                "meta_description", "canonical_url", "created_at", "updated_at")
TAG_COLUMNS = ("id", "slug", "name", "description", "created_at", "updated_at")
POST_TAG_COLUMNS = ("post_id", "tag_id", "position")
GENERATED_COLUMNS = {"listed_at", "search_vector", "rank_vector"}


def log(message):
    print(f"[generate {time.strftime('%H:%M:%S')}] {message}", flush=True)


# ---- text helpers ----------------------------------------------------------------------

def slugify(text, max_length):
    """The server's slug rule (blog.common.Slugs): ASCII, lower-case, '-' separated."""
    folded = unicodedata.normalize("NFKD", text.lower().replace("&", " and "))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return slug[:max_length].strip("-")


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


def zipf_cumulative(count, exponent=1.0, offset=1.0, total=1.0):
    """Cumulative Zipf weights for ranks 0..count-1, scaled to sum to total."""
    weights = [1.0 / (rank + offset) ** exponent for rank in range(count)]
    scale = total / sum(weights)
    cumulative, running = [], 0.0
    for weight in weights:
        running += weight * scale
        cumulative.append(running)
    return cumulative


def invented_words(rng, count, taken, syllables):
    """Pronounceable made-up words ("velorant", "mistrade"), unique and not real ones."""
    onsets = "b br c ch cl d dr f fl g gr h j k kr l m n p pl qu r s st sh t tr v w z".split()
    vowels = "a e i o u ai ea io ou".split()
    codas = ["", "", "n", "r", "s", "l", "m", "x", "nd", "rt", "st"]
    words, seen = [], set(taken)
    while len(words) < count:
        parts = [rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(*syllables))]
        word = "".join(parts) + rng.choice(codas)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


# ---- content ---------------------------------------------------------------------------

class Writer:
    """Writes one post body as Markdown and as the HTML the server would render from it."""

    def __init__(self, rng):
        self.rng = rng
        taken = set(vocab.FUNCTION_WORDS) | set(vocab.CONTENT_WORDS)
        self.tail = invented_words(rng, TAIL_WORDS, taken, (2, 3))
        self.rare_terms = invented_words(rng, RARE_TERMS, taken | set(self.tail), (3, 4))
        real = list(dict.fromkeys(vocab.CONTENT_WORDS))
        self.content = real + self.tail
        self.identifiers = [w for w in real if w.isascii()]
        # Running text: 42% function words; content words follow Zipf's law, real words first,
        # then the invented tail with 15% of the content mass, which makes mid-rare search terms.
        function_share, tail_share = 0.42, 0.15
        content_cumulative = (zipf_cumulative(len(real), offset=2.0, total=1.0 - tail_share)
                              + [1.0 - tail_share + c for c in zipf_cumulative(len(self.tail), total=tail_share)])
        self.population = vocab.FUNCTION_WORDS + self.content
        self.cumulative = (zipf_cumulative(len(vocab.FUNCTION_WORDS), total=function_share)
                           + [function_share + c * (1.0 - function_share) for c in content_cumulative])
        self.content_cumulative = content_cumulative

    def words(self, count):
        return self.rng.choices(self.population, cum_weights=self.cumulative, k=count)

    def content_words(self, count):
        return self.rng.choices(self.content, cum_weights=self.content_cumulative, k=count)

    def body(self, target_words, rare_terms):
        """Returns (markdown, html, word count, prose words (at most 51), all prose tokens)."""
        post = _Body(self, rare_terms)
        for _ in range(self.rng.randint(1, 2)):
            post.paragraph()
        while post.word_count < target_words:
            post.heading(2)
            for _ in range(self.rng.randint(1, 3)):
                post.paragraph()
            roll = self.rng.random()
            if roll < 0.30:
                post.bullet_list()
            elif roll < 0.55:
                post.code_block()
            elif roll < 0.63:
                post.blockquote()
            if self.rng.random() < 0.25:
                post.heading(3)
                post.paragraph()
        while post.rare_terms:
            post.paragraph()
        return "\n\n".join(post.markdown) + "\n", "\n".join(post.html) + "\n", post.word_count, post.prose, post.tokens


class _Body:
    """The blocks of one post under construction."""

    def __init__(self, writer, rare_terms):
        self.writer = writer
        self.rng = writer.rng
        self.rare_terms = list(rare_terms)
        self.markdown, self.html, self.prose, self.tokens = [], [], [], []
        self.word_count = 0

    def _sentences(self, count):
        words = self.writer.words(count)
        self.tokens.extend(words)
        if self.rare_terms:
            words[self.rng.randrange(count)] = self.rare_terms.pop()
        start = 0
        while start < count:
            length = self.rng.randint(6, 18)
            end = min(start + length, count) - 1
            words[start] = words[start].capitalize()
            if end - start > 9 and self.rng.random() < 0.4:
                words[start + (end - start) // 2] += ","
            words[end] += "?" if self.rng.random() < 0.07 else "."
            start = end + 1
        return words

    def _add_prose(self, words):
        if len(self.prose) <= EXCERPT_WORDS:
            self.prose.extend(words[:EXCERPT_WORDS + 1 - len(self.prose)])

    def _block(self, markdown, html_text, words):
        self.markdown.append(markdown)
        self.html.append(html_text)
        self.word_count += words

    def paragraph(self):
        words = self._sentences(self.rng.randint(30, 110))
        self._add_prose(words)
        markdown, markup = list(words), list(words)
        for _ in range(self.rng.choice((0, 0, 1, 1, 2, 3))):
            self._decorate(markdown, markup, self.rng.randrange(len(words)))
        self._block(" ".join(markdown), "<p>" + " ".join(markup) + "</p>", len(words))

    def _decorate(self, markdown, markup, index):
        word = markdown[index]
        if word.startswith(("*", "`", "[")):
            return
        bare = word.rstrip(".,?")
        tail = word[len(bare):]
        kind = self.rng.random()
        if kind < 0.35:
            markdown[index], markup[index] = f"**{bare}**{tail}", f"<strong>{bare}</strong>{tail}"
        elif kind < 0.6:
            markdown[index], markup[index] = f"*{bare}*{tail}", f"<em>{bare}</em>{tail}"
        elif kind < 0.8:
            markdown[index], markup[index] = f"`{bare}`{tail}", f"<code>{bare}</code>{tail}"
        else:
            url = f"https://example.com/{slugify(bare, 40) or 'page'}/{self.rng.randint(1, 9999)}"
            markdown[index], markup[index] = f"[{bare}]({url}){tail}", f'<a href="{url}">{bare}</a>{tail}'

    def heading(self, level):
        words = self.writer.content_words(self.rng.randint(2, 7))
        words[0] = words[0].capitalize()
        text = " ".join(words)
        self._block("#" * level + " " + text, f"<h{level}>{text}</h{level}>", len(words))

    def bullet_list(self):
        ordered = self.rng.random() < 0.4
        items = []
        for _ in range(self.rng.randint(3, 6)):
            words = self.writer.words(self.rng.randint(4, 12))
            self.tokens.extend(words)
            words[0] = words[0].capitalize()
            items.append(words)
        for words in items:
            self._add_prose(words)
        markdown = "\n".join((f"{n}. " if ordered else "- ") + " ".join(w) for n, w in enumerate(items, 1))
        tag = "ol" if ordered else "ul"
        markup = f"<{tag}>\n" + "".join(f"<li>{' '.join(w)}</li>\n" for w in items) + f"</{tag}>"
        self._block(markdown, markup, sum(len(w) for w in items))

    def code_block(self):
        language = self.rng.choice(vocab.CODE_LANGUAGES)
        templates = vocab.CODE_LINES[language]
        lines = []
        for _ in range(self.rng.randint(3, 14)):
            a, b, c = (self.rng.choice(self.writer.identifiers) for _ in range(3))
            lines.append(self.rng.choice(templates).format(a=a, b=b, c=c, A=a.capitalize(), B=b.capitalize(),
                                                            n=self.rng.randint(1, 1000)))
        code = "\n".join(lines)
        self._block(f"```{language}\n{code}\n```",
                    f'<pre><code class="language-{language}">{html.escape(code, quote=False)}\n</code></pre>',
                    len(code.split()))

    def blockquote(self):
        words = self._sentences(self.rng.randint(12, 40))
        self._add_prose(words)
        self._block("> " + " ".join(words), "<blockquote>\n<p>" + " ".join(words) + "</p>\n</blockquote>", len(words))


def excerpt_of(prose):
    """The server's derived excerpt (blog.common.TextStats): 50 words, '…' when cut."""
    cut = len(prose) > EXCERPT_WORDS
    text = " ".join(prose[:EXCERPT_WORDS])
    if len(text) > EXCERPT_MAX_CHARACTERS:
        text, cut = text[:EXCERPT_MAX_CHARACTERS], True
    return text + "…" if cut else text


def target_word_count(rng):
    """Median about 600 words; a long tail, and a few long reads of up to 5,000."""
    if rng.random() < 0.005:
        return rng.randint(3000, 5000)
    return int(min(5000, max(80, rng.lognormvariate(math.log(600), 0.55))))


def title_of(rng):
    tech = lambda: rng.choice(vocab.TECHNOLOGIES)
    verb = lambda: rng.choice(vocab.TITLE_VERBS).replace("-", " ")
    noun = lambda: rng.choice(vocab.TITLE_NOUNS)
    adjective = lambda: rng.choice(vocab.TITLE_ADJECTIVES).replace("-", " ")
    templates = (
        lambda: f"How we {verb()} our {noun()} with {tech()}",
        lambda: f"{adjective().capitalize()} {noun()}: lessons from {rng.randint(2, 15)} years of {tech()}",
        lambda: f"A {adjective()} guide to {tech()} {noun()}",
        lambda: f"Why {tech()} {noun()} are {adjective()}",
        lambda: f"{rng.randint(3, 12)} ways to {verb()} your {noun()}",
        lambda: f"Understanding {tech()} {noun()}",
        lambda: f"{tech()} vs {tech()}: {adjective()} {noun()} compared",
        lambda: f"What I learned when we tried to {verb()} {noun()} in {tech()}",
        lambda: f"Notes on {adjective()} {noun()}, part {rng.randint(1, 9)}",
        lambda: f"Don't {verb()} {noun()} before you read this",
    )
    return rng.choice(templates)()


# ---- tags ------------------------------------------------------------------------------

def tag_names(rng):
    """1,000 distinct names (case-insensitively), most popular first."""
    special = {"CI-CD": "CI/CD", "E-Commerce": "E-Commerce", "On-Call": "On-Call", "Open-Source": "Open Source"}
    singles = [special.get(t, t.replace("-", " ")) for t in vocab.TOPICS] + list(vocab.TECHNOLOGIES)
    rng.shuffle(singles)
    combos = [f"{t} {q.replace('-', ' ')}" for t in vocab.TECHNOLOGIES for q in vocab.TAG_QUALIFIERS]
    rng.shuffle(combos)
    names, lower_names, slugs = [], set(), set()
    for name in singles + combos:
        slug = slugify(name, 120)
        if name.lower() in lower_names or slug in slugs or slug == "bench":
            continue
        names.append(name)
        lower_names.add(name.lower())
        slugs.add(slug)
        if len(names) == TAG_COUNT:
            return names
    raise SystemExit("not enough distinct tag names; add words to bench/vocabulary.py")


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
               created_at, updated_at)
        tag_indexes = self.post_tags()
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


# ---- database --------------------------------------------------------------------------

def psql_value(db, sql):
    result = subprocess.run(PSQL + ["-d", db, "-v", "ON_ERROR_STOP=1", "-Atc", sql],
                            check=True, capture_output=True, text=True)
    return result.stdout.strip()


def ensure_database(db):
    exists = psql_value("postgres", f"select 1 from pg_database where datname = '{db}'")
    if exists != "1":
        log(f"creating database {db}")
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", db], check=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_if_needed():
    if os.path.exists(JAR):
        return
    log("target/quarkus-app/quarkus-run.jar is missing: building (./mvnw -B -q package -DskipTests)")
    subprocess.run(["./mvnw", "-B", "-q", "package", "-DskipTests"], cwd=REPO_DIR, check=True)


def copy_app(directory):
    """Copies target/quarkus-app into directory and returns the jar to run: a rebuild of target/
    meanwhile cannot pull files from under the server."""
    build_if_needed()
    app = os.path.join(directory, "app")
    shutil.copytree(os.path.dirname(JAR), app, symlinks=True)
    built = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(os.path.getmtime(JAR)))
    log(f"running the server packaged at {built} (from a copy in {directory})")
    return os.path.join(app, "quarkus-run.jar")


def empty_tables(db, schema):
    """Empties an earlier data set first: a new migration that rewrites posts (say, a generated
    column) could otherwise outlast the server's statement_timeout and fail the start."""
    exists = psql_value(db, f"select to_regclass('{schema}.posts') is not null")
    if exists == "t":
        psql_value(db, f"set client_min_messages to warning; truncate {schema}.posts, {schema}.tags, "
                       f"{schema}.post_tags cascade")


def migrate(db, schema, log_path):
    """Starts the packaged server once so that its Flyway migrates the database, then stops it."""
    empty_tables(db, schema)
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as directory:
        start_and_stop(copy_app(directory), db, schema, log_path)


def start_and_stop(jar, db, schema, log_path):
    """Runs the server (prod profile, a free port) until /q/health/ready answers 200, then SIGTERM."""
    port = free_port()
    # BLOG_AUTH_TOKENS (older builds) and BLOG_ADMIN_TOKEN (newer ones) both name the write token.
    # PostgreSQL trusts loopback here, so the password is ignored; it is not empty because some
    # builds refuse an empty BLOG_DB_PASSWORD (a config value "" counts as missing).
    env = dict(os.environ, BLOG_DB_URL=f"jdbc:postgresql://127.0.0.1:5432/{db}", BLOG_DB_USER="postgres",
               BLOG_DB_PASSWORD=os.environ.get("BLOG_DB_PASSWORD") or "unused-with-trust-auth",
               BLOG_AUTH_TOKENS="bench-token", BLOG_ADMIN_TOKEN="bench-token",
               BLOG_DB_SCHEMA=schema, PORT=str(port))
    with open(log_path, "w") as server_log:
        server = subprocess.Popen(["java", "-jar", jar], cwd=REPO_DIR, env=env, stdout=server_log,
                                  stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise SystemExit(f"the server exited with {server.returncode} while migrating; see {log_path}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit(f"the server was not ready within 180 s; see {log_path}")
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def check_columns(db, schema):
    """Fails clearly when a newer migration added a NOT NULL column this generator does not fill."""
    known = {"posts": set(POST_COLUMNS), "tags": set(TAG_COLUMNS), "post_tags": set(POST_TAG_COLUMNS)}
    rows = psql_value(db, f"""select table_name, column_name, is_nullable, coalesce(column_default, ''), is_generated
                              from information_schema.columns where table_schema = '{schema}'
                              and table_name in ('posts', 'tags', 'post_tags')""")
    found = {name: set() for name in known}
    for line in rows.splitlines():
        table, column, nullable, default, generated = line.split("|")
        found[table].add(column)
        unknown = column not in known[table] and column not in GENERATED_COLUMNS
        if unknown and nullable == "NO" and not default and generated != "ALWAYS":
            raise SystemExit(f"{schema}.{table}.{column} is new and NOT NULL: teach bench/generate.py to fill it")
    for table, columns in known.items():
        missing = columns - found[table]
        if missing:
            raise SystemExit(f"{schema}.{table} lacks {sorted(missing)}: the schema changed, update bench/generate.py")


def load_script_head(schema):
    return f"""\\set ON_ERROR_STOP 1
set client_encoding to 'UTF8';
set client_min_messages to warning;
set search_path to {schema};
set maintenance_work_mem to '512MB';
truncate posts, tags, post_tags cascade;
create temp table bench_indexes on commit drop as
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = '{schema}' and c.relname in ('posts', 'tags', 'post_tags')
      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid);
select format('drop index %s', name) from bench_indexes \\gexec
\\echo '[psql] truncated; secondary indexes dropped, to be rebuilt after the load'
\\timing on
"""


def load_script_indexes_and_analyze():
    return """\\echo '[psql] rebuilding secondary indexes:'
\\set ECHO queries
select definition from bench_indexes \\gexec
\\echo '[psql] analyze:'
analyze tags, posts, post_tags;
\\set ECHO none
"""


def copy_command(table, columns):
    return f"\\echo '[psql] copy {table}'\ncopy {table} ({', '.join(columns)}) from stdin with (freeze);\n"


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
    write_data_files(args, maker, tags, rng)
    size = psql_value(args.db, "select pg_size_pretty(pg_database_size(current_database()))")
    log(f"done in {time.monotonic() - started:.1f} s; database {args.db} is {size}")


if __name__ == "__main__":
    main()
