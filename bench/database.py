"""PostgreSQL and server plumbing for the benchmark data generator: the database, the
migration (by starting the packaged server once), the column check, the load script."""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(BENCH_DIR)
JAR = os.path.join(REPO_DIR, "target", "quarkus-app", "quarkus-run.jar")
PSQL = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-X"]
# The columns the generator fills; the generated and derived ones the database computes (the
# tags of a post as JSON too, but the generator writes those, see load_script_head).
POST_COLUMNS = ("id", "slug", "title", "markdown", "html", "excerpt", "custom_excerpt", "reading_time_minutes",
                "status", "published_at", "featured", "feature_image", "feature_image_alt", "meta_title",
                "meta_description", "canonical_url", "created_at", "updated_at", "announced", "tags_json")
TAG_COLUMNS = ("id", "slug", "name", "description", "created_at", "updated_at")
POST_TAG_COLUMNS = ("post_id", "tag_id", "position")
GENERATED_COLUMNS = {"listed_at", "search_vector", "rank_vector", "markdown_json", "html_json", "authors_json"}


def log(message):
    print(f"[generate {time.strftime('%H:%M:%S')}] {message}", flush=True)


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
               BLOG_AUTH_TOKENS="bench-token", BLOG_ADMIN_TOKEN="bench-token", BLOG_TOKEN_HASH_KEY="bench-token-hash-key",
               BLOG_SITE_URL="https://blog.example", BLOG_API_URL=f"http://127.0.0.1:{port}",
               BLOG_DB_SCHEMA=schema, PORT=str(port), BLOG_METRICS_PORT=str(port + 1000))
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
-- The posts carry their tags as JSON from the COPY (db/V8): the trigger that would rewrite each
-- post once its links arrive is off during the load, and the result is checked after it.
alter table post_tags disable trigger post_tags_inserted;
\\echo '[psql] truncated; secondary indexes dropped, to be rebuilt after the load'
\\timing on
"""


def load_script_indexes_and_analyze():
    return """alter table post_tags enable trigger post_tags_inserted;
\\echo '[psql] checking the tags written as JSON against the links:'
select count(*) = 0 as tags_json_matches from posts where tags_json::text <> post_tags_json(id)::text \\gset
\\if :tags_json_matches
\\else
\\echo 'the generated tags_json differs from post_tags_json(): fix bench/generate.py'
\\quit 1
\\endif
\\echo '[psql] rebuilding secondary indexes:'
\\set ECHO queries
select definition from bench_indexes \\gexec
\\echo '[psql] analyze:'
analyze tags, posts, post_tags;
\\set ECHO none
"""


def copy_command(table, columns):
    return f"\\echo '[psql] copy {table}'\ncopy {table} ({', '.join(columns)}) from stdin with (freeze);\n"
