#!/usr/bin/env python3
"""Writes a large WordPress export (WXR 1.2) to standard output, as WordPress's
"Tools → Export → All content" writes it (wp-admin/includes/export.php), to benchmark and
stress the WordPress importer.

Usage:
    bench/generate-wxr.py --posts 10000 [--seed 42] > wordpress-10k.xml
    bench/generate-wxr.py --target-mb 250 [--seed 42] > wordpress-250mb.xml

Options:
    --posts N        write exactly N posts (wp:post_type "post"), plus pages and attachments
    --target-mb M    instead of --posts: keep adding posts until the file has about M megabytes
                     (M × 1,000,000 bytes; it stops after the post that crosses the mark)
    --seed S         random seed (default 42); the same seed and options give the same bytes
    --anchor DATE    the "export day", YYYY-MM-DD (default 2024-06-01): published posts are
                     dated over the ten years before it, scheduled ones up to a year after it

What is in it (site https://old.example, timezone UTC+1, WordPress 6.5.3):
- channel: 20 authors (wp:author), 50 categories (some nested, children after their parents,
  three with non-ASCII names and percent-encoded nicenames, one stored with "&amp;" in its name
  as WordPress stores "&" in term names), 500 tags (a few non-ASCII), one nav_menu term;
- per post: ~85% publish, 10% draft (empty wp:post_name, wp:post_date_gmt 0000-00-00 00:00:00,
  empty pubDate, ?p= link, as WordPress writes drafts), 5% future; 1-2 categories and 0-5 tags,
  written as <category> elements sorted by name as WordPress does (tags and categories mixed);
  a Gutenberg body of about 800 words in 6-10 paragraphs with an h2 heading, a list (ul or ol),
  sometimes an h3, a quote, a code block (with <, & and [ escaped the way the code block does,
  and now and then a "]]>" that splits the CDATA section) and an image block; ~5% titles in
  Russian, Greek or Japanese (percent-encoded slugs); slugs unique ("-2" suffix for the ~1% of
  posts that reuse an earlier title, as WordPress does); ~0.5% by an author login absent from
  the wp:author list; ~10% with comments;
- ~5% pages besides the N posts; ~30% of posts have a featured image: an attachment item
  right after the post (post_parent = the post) and a _thumbnail_id postmeta on the post.

Memory stays flat whatever N is (about 20 MB resident; items are written as they are made);
10,000 posts (~82 MB) take about 2.5 s, 50,000 (~410 MB) about 8 s. Slugs stay unique up to
11,880,000 posts. Standard library only.
"""
import argparse
import datetime
import random
import sys
import time
import urllib.parse

SITE = "https://old.example"
WP_VERSION = "6.5.3"
GMT_OFFSET = datetime.timedelta(hours=1)
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ZERO_DATE = "0000-00-00 00:00:00"

FUNCTION_WORDS = """the of and to a in is that for it as with was on be by this are or from at an but not
have has we you they can will if when which more so all one there their our what about into than then
also only just some most each very how other these those its your would should could been were do does
""".split()
CONTENT_WORDS = """data code system time team work user service performance application database query
server request model test change build release feature design problem process value file version project
example way memory cluster network error result support approach function interface production developer
library framework method state object type cache index table schema migration deployment container
configuration security access token session response client browser page content post article blog
author reader search filter order list item field column row record key latency throughput load traffic
scale capacity resource budget cost customer product market strategy goal metric dashboard alert
incident outage monitoring logging tracing pipeline workflow automation script tool command terminal
editor language syntax compiler runtime thread queue message event stream topic partition consumer
producer broker replica leader follower consensus transaction commit rollback isolation consistency
durability availability failure recovery backup restore snapshot archive storage disk volume bucket
upload download image video text markdown html style layout component template route handler middleware
plugin module package dependency upgrade patch bug fix issue ticket review merge branch repository
history contributor maintainer community conference talk book chapter lesson course tutorial guide
reference documentation note idea question answer opinion experience story journey career interview
engineer mentor meeting sprint estimate deadline plan roadmap priority tradeoff decision risk experiment
hypothesis measurement benchmark profile trace graph sample percentile median average variance outlier
regression improvement bottleneck hotspot allocation collector heap stack pointer closure lambda generic
inheritance composition pattern principle abstraction boundary contract protocol encoding parser
tokenizer serializer format header payload checksum signature certificate key secret vault permission
role policy audit compliance privacy retention""".split()
VERBS = """write read ship test measure debug scale cache index deploy monitor refactor migrate profile
tune secure document review design split merge replace""".split()
ADJECTIVES = """fast slow small large simple hidden boring practical modern legacy reliable fragile
readable portable lazy eager honest careful quiet noisy stable brittle lean pragmatic minimal""".split()
NOUNS = CONTENT_WORDS[:60]
TECHNOLOGIES = """Java Kotlin Scala Go Rust Python Ruby PHP JavaScript TypeScript Node.js Deno Bun Elixir
Erlang Haskell OCaml Clojure Swift C# F# PostgreSQL MySQL SQLite Redis Kafka RabbitMQ Elasticsearch
Cassandra MongoDB Kubernetes Docker Terraform Ansible Nginx Envoy Linux FreeBSD Quarkus Spring GraphQL
gRPC WebAssembly Git Vim""".split()
TITLE_TEMPLATES = (
    "How we {verb} {adj} {noun}s with {tech}",
    "Why {adj} {noun}s matter in {tech}",
    "{Verb} the {noun}: {adj} lessons from {tech}",
    "Q&A: {adj} {noun} design in {tech}",
    "A {adj} guide to {noun} in {tech}",
    "When to {verb} your {noun} ({tech} edition)",
    "Notes on {adj} {noun}s and {tech}",
    "{Adj} {noun}s, {tech} and the art of saying no",
)
NON_LATIN_TITLES = (
    ("Заметки о {tech}", "часть {n}"), ("Как мы ускорили {tech}", "выпуск {n}"),
    ("Σημειώσεις για το {tech}", "μέρος {n}"), ("{tech} の始め方", "第{n}回"),
    ("{tech}で学ぶ設計", "その{n}"), ("Разное: {tech} и кэш", "№{n}"),
)
FIRST_NAMES = """Alice Bob Carol Dave Erin Frank Grace Heidi Ivan Judy Karl Liam Mona Nils Olga Pia Quentin
Rosa Sven Tara""".split()
LAST_NAMES = """Liddell Builder Danvers Lister Brockovich Zappa Hopper Klum Drago Dench Marx Neeson Lisa
Holgersson Korbut Kaminski Tarantino Parks Nykvist Reid""".split()
CATEGORY_NAMES = """News Releases Engineering Operations Databases Frontend Backend Security Performance
Testing Tooling Culture Hiring Career Books Talks Conferences Tutorials Opinion Architecture Cloud
Networking Storage Observability Mobile Design Accessibility Open Source Community Data Science Machine
Learning Languages Compilers Embedded Games Hardware Startups Management Productivity Writing Travel
Personal Archive Interviews Announcements Retrospectives""".split()
CODE_LINES = (
    "if (count < limit && ready) {", "    return items.get(0);", "}", "List<String> names = new ArrayList<>();",
    "for (int i = 0; i < xs.length; i++) total += xs[i];", "echo \"done\" && exit 0", "SELECT id FROM posts WHERE score < 10 AND flags & 4 = 4;",
    "x = [n for n in range(10) if n % 2 == 0]", "const ok = a < b && b < c;",
    "Map<String, List<Integer>> index = new HashMap<>();", "curl -s 'https://old.example/?a=1&b=2' > out.html",
    "fn main() { println!(\"<{}>\", 1 & 3); }", "    log.info(\"done\");",
)


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def wp_slug(title):
    """sanitize_title_with_dashes, for the titles made here: lower case, percent-encoded UTF-8
    (lower-case hex) for non-ASCII, '.' to '-', other punctuation dropped, spaces to dashes."""
    out = []
    for ch in title.lower():
        if ch.isascii():
            if ch.isalnum() or ch in "_-":
                out.append(ch)
            elif ch in " .":
                out.append("-")
        elif ch.isalnum():
            out.append(urllib.parse.quote(ch).lower())
        elif ch in "—–":
            out.append("-")
    slug = "".join(out)
    while "--" in slug:
        slug = slug.replace("--", "-")
    return slug.strip("-")


def rfc822(dt):
    return f"{DAYS[dt.weekday()]}, {dt.day:02d} {MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M:%S} +0000"


def mysql(dt):
    return f"{dt:%Y-%m-%d %H:%M:%S}"


class Generator:
    def __init__(self, seed, anchor):
        self.rng = random.Random(seed)
        self.anchor = anchor
        self.next_id = 10
        self.next_comment_id = 1
        self.latin_titles = 0
        self.non_latin_titles = 0
        self.last_latin_title = None
        self.counts = {"post": 0, "page": 0, "attachment": 0, "nav_menu_item": 0, "comment": 0}
        rng = self.rng
        words = FUNCTION_WORDS * 6 + CONTENT_WORDS
        weights = [1.0 / (1 + i) ** 0.6 for i in range(len(words))]
        self.sentences = [self.sentence(words, weights) for _ in range(20000)]
        self.title_space = len(TITLE_TEMPLATES) * len(VERBS) * len(ADJECTIVES) * len(NOUNS) * len(TECHNOLOGIES)
        self.title_step = 7919 * 104729  # primes: coprime to the title space, so index * step % space is a permutation
        self.authors = []
        for i in range(20):
            first, last = FIRST_NAMES[i], LAST_NAMES[i]
            self.authors.append((i + 1, first.lower() if i < 10 else f"{first[0].lower()}{last.lower()}", first, last))
        self.categories = []  # (term_id, slug, parent_slug, name)
        names = CATEGORY_NAMES[:46] + ["Tips &amp; Tricks", "Разное", "Новости", "日記"]
        for i, name in enumerate(names):
            slug = wp_slug(name.replace("&amp;", ""))
            parent = self.categories[rng.randrange(len(self.categories))][1] if i >= 30 and i < 40 else ""
            self.categories.append((2 + i, slug, parent, name))
        self.tags = []  # (term_id, slug, name)
        seen, seen_slugs = set(), set()
        extra = ["Кэш", "Производительность", "Σχεδίαση", "設計", "テスト"]
        while len(self.tags) < 500:
            if extra:
                name = extra.pop()
            elif rng.random() < 0.5:
                name = rng.choice(TECHNOLOGIES)
                name = name if name not in seen else f"{name} {rng.choice(NOUNS)}"
            else:
                name = f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}s".capitalize()
            if name.lower() in seen or not wp_slug(name):
                continue
            slug = wp_slug(name)
            while slug in seen_slugs:  # "C#" and "C" both sanitize to "c": WordPress adds "-2"
                slug += "-2"
            seen.add(name.lower())
            seen_slugs.add(slug)
            self.tags.append((52 + len(self.tags), slug, name))
        self.menu_term_id = 552

    def sentence(self, words, weights):
        rng = self.rng
        chosen = rng.choices(words, weights, k=rng.randint(7, 22))
        roll = rng.random()
        if roll < 0.10:
            i = rng.randrange(len(chosen))
            chosen[i] = f"<strong>{chosen[i]}</strong>"
        elif roll < 0.15:
            i = rng.randrange(len(chosen))
            chosen[i] = f"<em>{chosen[i]}</em>"
        elif roll < 0.20:
            i = rng.randrange(len(chosen) - 1)
            chosen[i:i + 2] = [f'<a href="https://example.com/{chosen[i]}">{chosen[i]} {chosen[i + 1]}</a>']
        elif roll < 0.23:
            i = rng.randrange(len(chosen))
            chosen[i] = f"<code>{chosen[i]}()</code>"
        elif roll < 0.25:
            chosen.insert(rng.randrange(len(chosen)), rng.choice(("R&amp;D", "Q&amp;A", "a &lt; b", "&#8220;quoted&#8221;")))
        if rng.random() < 0.3:
            chosen[rng.randrange(len(chosen) - 1)] += ","
        text = " ".join(chosen)
        return text[0].upper() + text[1:] + rng.choice(".........?!")

    def words(self, lo, hi):
        return " ".join(self.rng.choices(CONTENT_WORDS, k=self.rng.randint(lo, hi)))

    def take_id(self):
        self.next_id += 1
        return self.next_id - 1

    # ---- titles -------------------------------------------------------------------------
    def title(self):
        rng = self.rng
        if rng.random() < 0.05:
            self.non_latin_titles += 1
            head, tail = NON_LATIN_TITLES[rng.randrange(len(NON_LATIN_TITLES))]
            tech = rng.choice(TECHNOLOGIES)
            return f"{head.format(tech=tech)} — {tail.format(n=self.non_latin_titles)}", ""
        if self.last_latin_title and rng.random() < 0.01:
            title, suffix = self.last_latin_title
            self.last_latin_title = None  # reused once at most, so "-2" is never taken twice
            return title, suffix + "-2"
        index = self.latin_titles * self.title_step % self.title_space
        round_ = self.latin_titles // self.title_space
        self.latin_titles += 1
        index, tech = divmod(index, len(TECHNOLOGIES))
        index, noun = divmod(index, len(NOUNS))
        index, adj = divmod(index, len(ADJECTIVES))
        template, verb = divmod(index, len(VERBS))
        title = TITLE_TEMPLATES[template].format(
            verb=VERBS[verb], Verb=VERBS[verb].capitalize(), adj=ADJECTIVES[adj], Adj=ADJECTIVES[adj].capitalize(),
            noun=NOUNS[noun], tech=TECHNOLOGIES[tech])
        suffix = f"-{round_ + 1}" if round_ else ""
        self.last_latin_title = (title, suffix)
        return title, suffix

    # ---- bodies ---------------------------------------------------------------------------
    def paragraph(self, words):
        text = " ".join(self.rng.choices(self.sentences, k=max(1, round(words / 14.5))))
        return f"<!-- wp:paragraph -->\n<p>{text}</p>\n<!-- /wp:paragraph -->"

    def heading(self, level):
        text = self.words(2, 5).capitalize()
        if level == 2:
            return f'<!-- wp:heading -->\n<h2 class="wp-block-heading">{text}</h2>\n<!-- /wp:heading -->'
        return f'<!-- wp:heading {{"level":{level}}} -->\n<h{level} class="wp-block-heading">{text}</h{level}>\n<!-- /wp:heading -->'

    def list_block(self):
        rng = self.rng
        ordered = rng.random() < 0.35
        items = "\n\n".join(f"<!-- wp:list-item -->\n<li>{self.words(2, 7).capitalize()}</li>\n<!-- /wp:list-item -->"
                            for _ in range(rng.randint(3, 6)))
        if ordered:
            return f'<!-- wp:list {{"ordered":true}} -->\n<ol>{items}</ol>\n<!-- /wp:list -->'
        return f"<!-- wp:list -->\n<ul>{items}</ul>\n<!-- /wp:list -->"

    def code_block(self):
        rng = self.rng
        lines = rng.choices(CODE_LINES, k=rng.randint(2, 8))
        if rng.random() < 0.1:  # "]]>" in the content: the exporter splits the CDATA section there
            lines.insert(rng.randrange(len(lines)), "if (grid[row[0]]> limit) { flag = true; }")
        lines = "\n".join(lines)
        code = lines.replace("&", "&amp;").replace("<", "&lt;").replace("[", "&#91;")
        return f'<!-- wp:code -->\n<pre class="wp-block-code"><code>{code}</code></pre>\n<!-- /wp:code -->'

    def quote_block(self):
        text = self.rng.choice(self.sentences)
        return ('<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n'
                f"<p>{text}</p>\n<!-- /wp:paragraph --><cite>{self.rng.choice(FIRST_NAMES)}</cite></blockquote>\n<!-- /wp:quote -->")

    def image_block(self, attachment):
        alt = self.words(2, 4)
        if attachment:
            att_id, url = attachment
            return (f'<!-- wp:image {{"id":{att_id},"sizeSlug":"large","linkDestination":"none"}} -->\n'
                    f'<figure class="wp-block-image size-large"><img src="{url}" alt="{alt}" class="wp-image-{att_id}"/></figure>\n'
                    "<!-- /wp:image -->")
        return ("<!-- wp:image -->\n"
                f'<figure class="wp-block-image"><img src="https://images.example/{self.rng.randrange(10**6)}.jpg" alt="{alt}"/>'
                f'<figcaption class="wp-element-caption">{self.words(3, 8).capitalize()}</figcaption></figure>\n'
                "<!-- /wp:image -->")

    def body(self, attachment):
        rng = self.rng
        n = rng.randint(6, 10)
        words = min(1100, max(550, rng.gauss(800, 110)))
        blocks = [self.paragraph(words / n) for _ in range(n)]
        extras = [self.list_block()]
        if rng.random() < 0.35:
            extras.append(self.code_block())
        if rng.random() < 0.25 or (attachment and rng.random() < 0.5):
            extras.append(self.image_block(attachment))
        if rng.random() < 0.15:
            extras.append(self.quote_block())
        if rng.random() < 0.3:
            extras.append(self.heading(3))
        for block in extras:
            blocks.insert(rng.randint(2, len(blocks)), block)
        blocks.insert(rng.randint(1, 3), self.heading(2))
        return "\n\n".join(blocks)

    # ---- items --------------------------------------------------------------------------
    def item(self, *, post_id, title, link, pub_date, creator, guid, content, excerpt="", date, date_gmt, modified,
             comment_status="open", ping_status="open", name, status, parent=0, menu_order=0, post_type, sticky=0,
             attachment_url=None, terms=(), meta=(), comments=()):
        parts = [
            "\t<item>\n",
            f"\t\t<title>{cdata(title)}</title>\n",
            f"\t\t<link>{link}</link>\n",
            f"\t\t<pubDate>{pub_date}</pubDate>\n",
            f"\t\t<dc:creator>{cdata(creator)}</dc:creator>\n",
            f'\t\t<guid isPermaLink="false">{guid}</guid>\n',
            "\t\t<description></description>\n",
            f"\t\t<content:encoded>{cdata(content)}</content:encoded>\n",
            f"\t\t<excerpt:encoded>{cdata(excerpt)}</excerpt:encoded>\n",
            f"\t\t<wp:post_id>{post_id}</wp:post_id>\n",
            f"\t\t<wp:post_date>{cdata(date)}</wp:post_date>\n",
            f"\t\t<wp:post_date_gmt>{cdata(date_gmt)}</wp:post_date_gmt>\n",
            f"\t\t<wp:post_modified>{cdata(mysql(modified + GMT_OFFSET))}</wp:post_modified>\n",
            f"\t\t<wp:post_modified_gmt>{cdata(mysql(modified))}</wp:post_modified_gmt>\n",
            f"\t\t<wp:comment_status>{cdata(comment_status)}</wp:comment_status>\n",
            f"\t\t<wp:ping_status>{cdata(ping_status)}</wp:ping_status>\n",
            f"\t\t<wp:post_name>{cdata(name)}</wp:post_name>\n",
            f"\t\t<wp:status>{cdata(status)}</wp:status>\n",
            f"\t\t<wp:post_parent>{parent}</wp:post_parent>\n",
            f"\t\t<wp:menu_order>{menu_order}</wp:menu_order>\n",
            f"\t\t<wp:post_type>{cdata(post_type)}</wp:post_type>\n",
            "\t\t<wp:post_password><![CDATA[]]></wp:post_password>\n",
            f"\t\t<wp:is_sticky>{sticky}</wp:is_sticky>\n",
        ]
        if attachment_url:
            parts.append(f"\t\t<wp:attachment_url>{cdata(attachment_url)}</wp:attachment_url>\n")
        for domain, slug, term_name in terms:
            parts.append(f'\t\t<category domain="{domain}" nicename="{slug}">{cdata(term_name)}</category>\n')
        for key, value in meta:
            parts.append(f"\t\t<wp:postmeta>\n\t\t<wp:meta_key>{cdata(key)}</wp:meta_key>\n"
                         f"\t\t<wp:meta_value>{cdata(value)}</wp:meta_value>\n\t\t</wp:postmeta>\n")
        parts.extend(comments)
        parts.append("\t</item>\n")
        self.counts[post_type] += 1
        return "".join(parts)

    def comment(self, post_gmt):
        rng = self.rng
        comment_id = self.next_comment_id
        self.next_comment_id += 1
        self.counts["comment"] += 1
        when = post_gmt + datetime.timedelta(minutes=rng.randint(5, 60 * 24 * 30))
        who = rng.choice(FIRST_NAMES)
        return (
            "\t\t<wp:comment>\n"
            f"\t\t\t<wp:comment_id>{comment_id}</wp:comment_id>\n"
            f"\t\t\t<wp:comment_author>{cdata(who + ' ' + rng.choice(LAST_NAMES))}</wp:comment_author>\n"
            f"\t\t\t<wp:comment_author_email>{cdata(who.lower() + '@reader.example')}</wp:comment_author_email>\n"
            "\t\t\t<wp:comment_author_url></wp:comment_author_url>\n"
            f"\t\t\t<wp:comment_author_IP>{cdata(f'203.0.113.{rng.randint(1, 254)}')}</wp:comment_author_IP>\n"
            f"\t\t\t<wp:comment_date>{cdata(mysql(when + GMT_OFFSET))}</wp:comment_date>\n"
            f"\t\t\t<wp:comment_date_gmt>{cdata(mysql(when))}</wp:comment_date_gmt>\n"
            f"\t\t\t<wp:comment_content>{cdata(rng.choice(self.sentences))}</wp:comment_content>\n"
            "\t\t\t<wp:comment_approved><![CDATA[1]]></wp:comment_approved>\n"
            "\t\t\t<wp:comment_type><![CDATA[comment]]></wp:comment_type>\n"
            "\t\t\t<wp:comment_parent>0</wp:comment_parent>\n"
            "\t\t\t<wp:comment_user_id>0</wp:comment_user_id>\n"
            "\t\t</wp:comment>\n")

    def random_past(self):
        return self.anchor - datetime.timedelta(seconds=self.rng.randrange(10 * 365 * 86400))

    def page(self):
        rng = self.rng
        page_id = self.take_id()
        gmt = self.random_past()
        author = rng.choice(self.authors)
        title = self.words(1, 3).title()
        slug = f"{wp_slug(title)}-{page_id}"
        return self.item(
            post_id=page_id, title=title, link=f"{SITE}/{slug}/", pub_date=rfc822(gmt), creator=author[1],
            guid=f"{SITE}/?page_id={page_id}", content="\n\n".join(self.paragraph(60) for _ in range(rng.randint(1, 4))),
            date=mysql(gmt + GMT_OFFSET), date_gmt=mysql(gmt), modified=gmt, comment_status="closed", ping_status="closed",
            name=slug, status="publish", post_type="page", meta=(("_edit_last", str(author[0])),))

    def post(self):
        rng = self.rng
        post_id = self.take_id()
        roll = rng.random()
        status = "publish" if roll < 0.85 else "draft" if roll < 0.95 else "future"
        author = rng.choice(self.authors) if rng.random() > 0.005 else (99, "former-editor", "", "")
        title, suffix = self.title()
        if status == "future":
            gmt = self.anchor + datetime.timedelta(seconds=rng.randrange(86400, 365 * 86400))
            modified = self.anchor - datetime.timedelta(seconds=rng.randrange(86400 * 30))
        elif status == "draft":
            gmt = self.anchor - datetime.timedelta(seconds=rng.randrange(2 * 365 * 86400))
            modified = gmt
        else:
            gmt = self.random_past()
            modified = gmt + datetime.timedelta(seconds=rng.choice((0, 0, rng.randrange(86400 * 400))))
            if modified > self.anchor:
                modified = gmt
        local = gmt + GMT_OFFSET
        slug = "" if status == "draft" else wp_slug(title) + suffix
        if status == "publish":
            link = f"{SITE}/{local:%Y/%m/%d}/{slug}/"
        else:
            link = f"{SITE}/?p={post_id}"
        attachment = None
        if rng.random() < 0.3:
            att_id = post_id + 1  # uploaded while the post was being written: the next ID
            attachment = (att_id, f"{SITE}/wp-content/uploads/{local:%Y/%m}/photo-{att_id}.jpg")
        terms = [("category",) + self.categories[int(len(self.categories) * rng.random() ** 2)][1:4:2]
                 for _ in range(rng.choice((1, 1, 1, 2)))]
        terms += [("post_tag",) + self.tags[int(len(self.tags) * rng.random() ** 2)][1:]
                  for _ in range(rng.choice((0, 1, 2, 2, 3, 3, 4, 5)))]
        unique = []
        for term in terms:
            if term not in unique:
                unique.append(term)
        unique.sort(key=lambda t: t[2].lower())
        meta = [("_edit_last", str(author[0]))]
        if attachment:
            meta.append(("_thumbnail_id", str(attachment[0])))
        meta.append(("footnotes", ""))
        comments = ()
        if status == "publish" and rng.random() < 0.1:
            comments = [self.comment(gmt) for _ in range(rng.randint(1, 3))]
        out = self.item(
            post_id=post_id, title=title, link=link, pub_date="" if status == "draft" else rfc822(gmt), creator=author[1],
            guid=f"{SITE}/?p={post_id}", content=self.body(attachment),
            excerpt=rng.choice(self.sentences) if rng.random() < 0.2 else "",
            date=mysql(local), date_gmt=ZERO_DATE if status == "draft" else mysql(gmt), modified=modified, name=slug,
            status=status, post_type="post", sticky=1 if status == "publish" and rng.random() < 0.002 else 0,
            terms=unique, meta=meta, comments=comments)
        if attachment:
            att_id, url = attachment
            self.next_id += 1
            out += self.item(
                post_id=att_id, title=f"photo-{att_id}", link=f"{link}photo-{att_id}/" if status == "publish" else f"{SITE}/?attachment_id={att_id}",
                pub_date=rfc822(gmt), creator=author[1], guid=url, content="", date=mysql(local), date_gmt=mysql(gmt),
                modified=gmt, ping_status="closed", name=f"photo-{att_id}", status="inherit", parent=post_id,
                post_type="attachment", attachment_url=url,
                meta=(("_wp_attached_file", url.split("/uploads/")[1]),
                      ("_wp_attachment_image_alt", self.words(2, 4))))
        return out

    # ---- document -----------------------------------------------------------------------
    def head(self):
        parts = ['<?xml version="1.0" encoding="UTF-8" ?>\n', HEADER_COMMENTS,
                 f'\t<!-- generator="WordPress/{WP_VERSION}" created="{self.anchor:%Y-%m-%d %H:%M}" -->\n', RSS_OPEN,
                 "<channel>\n\t<title>Old Blog</title>\n", f"\t<link>{SITE}</link>\n",
                 "\t<description>Ten years of notes</description>\n",
                 f"\t<pubDate>{rfc822(self.anchor)}</pubDate>\n\t<language>en-US</language>\n",
                 "\t<wp:wxr_version>1.2</wp:wxr_version>\n",
                 f"\t<wp:base_site_url>{SITE}</wp:base_site_url>\n\t<wp:base_blog_url>{SITE}</wp:base_blog_url>\n\n"]
        for author_id, login, first, last in self.authors:
            parts.append(f"\t<wp:author><wp:author_id>{author_id}</wp:author_id><wp:author_login>{cdata(login)}</wp:author_login>"
                         f"<wp:author_email>{cdata(login + '@old.example')}</wp:author_email>"
                         f"<wp:author_display_name>{cdata(first + ' ' + last)}</wp:author_display_name>"
                         f"<wp:author_first_name>{cdata(first)}</wp:author_first_name>"
                         f"<wp:author_last_name>{cdata(last)}</wp:author_last_name></wp:author>\n")
        parts.append("\n")
        for term_id, slug, parent, name in self.categories:
            parts.append(f"\t<wp:category>\n\t\t<wp:term_id>{term_id}</wp:term_id>\n"
                         f"\t\t<wp:category_nicename>{cdata(slug)}</wp:category_nicename>\n"
                         f"\t\t<wp:category_parent>{cdata(parent)}</wp:category_parent>\n"
                         f"\t\t<wp:cat_name>{cdata(name)}</wp:cat_name>\n\t</wp:category>\n")
        for term_id, slug, name in self.tags:
            parts.append(f"\t<wp:tag>\n\t\t<wp:term_id>{term_id}</wp:term_id>\n\t\t<wp:tag_slug>{cdata(slug)}</wp:tag_slug>\n"
                         f"\t\t<wp:tag_name>{cdata(name)}</wp:tag_name>\n\t</wp:tag>\n")
        parts.append(f"\t<wp:term><wp:term_id>{self.menu_term_id}</wp:term_id><wp:term_taxonomy>nav_menu</wp:term_taxonomy>"
                     "<wp:term_slug><![CDATA[main-menu]]></wp:term_slug><wp:term_name><![CDATA[Main Menu]]></wp:term_name>\n</wp:term>\n")
        parts.append(f"\n\t<generator>https://wordpress.org/?v={WP_VERSION}</generator>\n\n")
        return "".join(parts)

    def menu_item(self):
        item_id = self.take_id()
        gmt = self.anchor - datetime.timedelta(days=400)
        return self.item(
            post_id=item_id, title="", link=f"{SITE}/?post_type=nav_menu_item&#038;p={item_id}", pub_date=rfc822(gmt),
            creator=self.authors[0][1], guid=f"{SITE}/?p={item_id}", content=" ", date=mysql(gmt + GMT_OFFSET),
            date_gmt=mysql(gmt), modified=gmt, comment_status="closed", ping_status="closed", name=str(item_id),
            status="publish", menu_order=1, post_type="nav_menu_item",
            terms=(("nav_menu", "main-menu", "Main Menu"),),
            meta=(("_menu_item_type", "custom"), ("_menu_item_menu_item_parent", "0"), ("_menu_item_object_id", str(item_id)),
                  ("_menu_item_object", "custom"), ("_menu_item_target", ""), ("_menu_item_classes", 'a:1:{i:0;s:0:"";}'),
                  ("_menu_item_xfn", ""), ("_menu_item_url", SITE + "/")))


HEADER_COMMENTS = """<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<!-- It contains information about your site's posts, pages, comments, categories, and other content. -->
<!-- You may use this file to transfer that content from one site to another. -->
<!-- This file is not intended to serve as a complete backup of your site. -->

<!-- To import this information into a WordPress site follow these steps: -->
<!-- 1. Log in to that site as an administrator. -->
<!-- 2. Go to Tools: Import in the WordPress admin panel. -->
<!-- 3. Install the "WordPress" importer from the list. -->
<!-- 4. Activate & Run Importer. -->
<!-- 5. Upload this file using the form provided on that page. -->
<!-- 6. You will first be asked to map the authors in this export file to users -->
<!--    on the site. For each author, you may choose to map to an -->
<!--    existing user on the site or to create a new user. -->
<!-- 7. WordPress will then import each of the posts, pages, comments, categories, etc. -->
<!--    contained in this file into your site. -->

"""
RSS_OPEN = """<rss version="2.0"
\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:wp="http://wordpress.org/export/1.2/"
>

"""


def main():
    parser = argparse.ArgumentParser(description="Write a WordPress WXR 1.2 export to standard output.")
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument("--posts", type=int, help="number of posts")
    size.add_argument("--target-mb", type=float, help="keep adding posts until the file has about this many megabytes")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--anchor", default="2024-06-01", help="export day, YYYY-MM-DD (default 2024-06-01)")
    args = parser.parse_args()
    if args.posts is not None and args.posts < 0 or args.target_mb is not None and args.target_mb <= 0:
        parser.error("the size must be positive")
    anchor = datetime.datetime.strptime(args.anchor, "%Y-%m-%d").replace(hour=10)

    started = time.monotonic()
    gen = Generator(args.seed, anchor)
    out = open(sys.stdout.fileno(), "wb", buffering=1 << 20, closefd=False)
    written = 0

    def emit(text):
        nonlocal written
        data = text.encode("utf-8")
        written += len(data)
        out.write(data)

    emit(gen.head())
    emit(gen.menu_item())
    target_bytes = args.target_mb * 1_000_000 if args.target_mb else None
    posts = 0
    while (posts < args.posts) if target_bytes is None else (written < target_bytes - 40):
        if gen.rng.random() < 0.05:
            emit(gen.page())
        emit(gen.post())
        posts += 1
    emit("</channel>\n</rss>\n")
    out.flush()
    c = gen.counts
    print(f"generate-wxr: {c['post']} posts, {c['page']} pages, {c['attachment']} attachments, {c['nav_menu_item']} menu item, "
          f"{c['comment']} comments, {written / 1e6:.1f} MB in {time.monotonic() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
