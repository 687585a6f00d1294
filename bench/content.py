"""Text for the benchmark data generator: Markdown bodies with the HTML the server would render
from them, excerpts, titles, tag names, slugs. Deterministic: everything random comes from the
random.Random the caller passes in. Python 3 standard library only."""

import html
import math
import re
import unicodedata

import vocabulary as vocab

WORDS_PER_MINUTE = 265
EXCERPT_WORDS = 50
EXCERPT_MAX_CHARACTERS = 400
TAG_COUNT = 1000
RARE_TERMS = 50_000                                  # invented words a post mentions 0-3 of
TAIL_WORDS = 30_000                                  # invented words in the Zipf tail of the prose


def slugify(text, max_length):
    """The server's slug rule (blog.common.Slugs): ASCII, lower-case, '-' separated."""
    folded = unicodedata.normalize("NFKD", text.lower().replace("&", " and "))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return slug[:max_length].strip("-")


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
