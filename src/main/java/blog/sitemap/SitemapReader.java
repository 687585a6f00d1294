package blog.sitemap;

import blog.site.SiteUrls;
import blog.replicas.ReadConnections;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Reads what sitemaps list: published posts in files of about 2,000, by ranges of ids (migration
 * V15), and the tags and authors that have published posts, 5,000 per file, by slug. A post's
 * lastmod is its last change; a tag's or author's, its own or its latest post's publication,
 * whichever is later.
 */
@ApplicationScoped
class SitemapReader {

    /** The sitemap protocol's limit on a URL's length. */
    static final int MAX_URL_LENGTH = 2047;
    /** A file of posts is a range of ids, from its first_id to the next file's (migration V15). */
    /** A time as PostgreSQL writes a UTC timestamp ("2026-12-06 09:30:00.123"), cheaper than to_char and than parsing here. */
    private static final String UTC_TEXT = "((%s) at time zone 'UTC')::text";
    private static final String FILE_RANGE = """
            with file as (select f.first_id, coalesce((select n.first_id from sitemap_post_files n where n.first_id > f.first_id order by n.first_id limit 1),
                                 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid) as next_id, f.number
                          from sitemap_post_files f)
            """;
    private static final String POST_FILES = FILE_RANGE + """
            select number from file where exists (select 1 from posts p where p.id >= file.first_id
                and p.id < file.next_id and p.status <> 'draft' and p.listed_at <= now()) order by number""";
    private static final String POST_FILE = FILE_RANGE + "select p.id::text, p.slug, p.published_at, "
            + UTC_TEXT.formatted("greatest(p.updated_at, p.published_at)") + """
             from file join posts p on p.id >= file.first_id and p.id < file.next_id
            where file.number = ? and p.status <> 'draft' and p.listed_at <= now()""";
    private static final String CANONICAL_URLS = FILE_RANGE + """
            select p.id::text, p.canonical_url from file join posts p on p.id >= file.first_id and p.id < file.next_id
            where file.number = ? and p.canonical_url is not null and p.status <> 'draft'""";
    private static final int TAGS_PER_FILE = 5_000;

    private final ReadConnections reads;
    private final SiteUrls site;

    SitemapReader(ReadConnections reads, SiteUrls site) {
        this.reads = reads;
        this.site = site;
    }

    /** The kinds of pages, each with its own numbered files. */
    enum Section {
        posts, tags, authors
    }

    /**
     * A file of a section that lists something. The index gives no lastmod: finding it would read
     * every post; each URL in a file carries its own, and each file its ETag and Last-Modified.
     */
    record File(int number) {
    }

    List<File> files(Section section) {
        List<File> files = new ArrayList<>();
        if (section == Section.posts) {
            return query(POST_FILES, row -> new File(row.getInt(1)));
        }
        long count = count(section);
        for (int number = 1; (long) (number - 1) * TAGS_PER_FILE < count; number++) {
            files.add(new File(number));
        }
        return files;
    }

    /**
     * How many tags or authors have published posts; up to one file's worth, only whether any
     * has one (one probe), as a blog of a few thousand tags needs no more to know it has one file.
     */
    private long count(Section section) {
        long all = query("select count(*) from " + section, row -> row.getLong(1)).get(0);
        String links = section == Section.tags ? "post_tags" : "post_authors";
        String sql = all <= TAGS_PER_FILE
                ? "select count(*) from (select 1 from " + links + " l where l.post_status <> 'draft' and l.post_listed_at <= now() limit 1) one_link"
                : "select count(*) " + linkedFrom(section);
        return query(sql, row -> row.getLong(1)).get(0);
    }

    /** The URLs of file {@code number} of a section; empty if it lists nothing. */
    List<SitemapEntry> file(Section section, int number) {
        List<SitemapEntry> entries = new ArrayList<>();
        if (section == Section.posts) {
            Map<String, String> canonicalUrls = new HashMap<>();
            query(CANONICAL_URLS, row -> Map.entry(row.getString(1), row.getString(2)), number)
                    .forEach(url -> canonicalUrls.put(url.getKey(), url.getValue()));
            boolean needsDate = site.postPageNeedsDate();
            for (PostRow post : query(POST_FILE, row -> new PostRow(row.getString(1), row.getString(2),
                    needsDate ? row.getObject(3, OffsetDateTime.class).toInstant() : null, row.getString(4)), number)) {
                String canonicalUrl = canonicalUrls.get(post.id());
                // A post whose canonical page is on another site is a copy: a sitemap lists only the site's own pages.
                if (canonicalUrl == null || site.isOnSite(canonicalUrl)) {
                    add(entries, site.post(post.id(), post.slug(), post.publishedAt(), canonicalUrl), post.lastModified());
                }
            }
        } else {
            String sql = "select r.slug, " + UTC_TEXT.formatted("greatest(r.updated_at, latest.at)") + " " + linkedFrom(section)
                    + " order by r.slug offset ? limit " + TAGS_PER_FILE;
            for (Map.Entry<String, String> linked : query(sql, row -> Map.entry(row.getString(1), row.getString(2)),
                    (long) (number - 1) * TAGS_PER_FILE)) {
                add(entries, section == Section.tags ? site.tag(linked.getKey()) : site.author(linked.getKey()), linked.getValue());
            }
        }
        return entries;
    }

    /** Tags or authors with their latest public post's listing time, those with none left out. */
    private static String linkedFrom(Section section) {
        String links = section == Section.tags ? "post_tags" : "post_authors";
        String column = section == Section.tags ? "tag_id" : "author_id";
        return "from " + section + " r cross join lateral (select max(l.post_listed_at) as at from " + links + " l where l." + column
                + " = r.id and l.post_status <> 'draft' and l.post_listed_at <= now()) latest where latest.at is not null";
    }

    /** A URL the protocol cannot take (too long, not a URI) is left out rather than making the file invalid. */
    private static void add(List<SitemapEntry> entries, String location, String utcText) {
        String ascii = asciiUri(location);
        if (ascii != null && ascii.length() <= MAX_URL_LENGTH) {
            entries.add(new SitemapEntry(ascii, w3cDatetime(utcText)));
        }
    }

    /** The URL with anything beyond printable ASCII percent-encoded, as the protocol wants it; null if it is no URI. */
    static String asciiUri(String url) {
        if (url.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            return url;
        }
        try {
            return new URI(url).toASCIIString();
        } catch (URISyntaxException notAUri) {
            return null;
        }
    }

    /** "2026-12-06 09:30:00.123" (UTC) as W3C Datetime to the second: "2026-12-06T09:30:00Z". */
    static String w3cDatetime(String utcText) {
        return utcText.substring(0, 10) + 'T' + utcText.substring(11, 19) + 'Z';
    }

    private record PostRow(String id, String slug, Instant publishedAt, String lastModified) {
    }

    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** The rows, mapped while they are read: a read that runs again on the primary starts from an empty list. */
    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try {
            return reads.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < parameters.length; i++) {
                        statement.setObject(i + 1, parameters[i]);
                    }
                    statement.setFetchSize(1000);
                    List<T> rows = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            rows.add(mapper.map(row));
                        }
                    }
                    return rows;
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a sitemap failed", e);
        }
    }
}
