package blog.imports;

import static blog.imports.ImportText.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads the tables of a Ghost export ("Export your content", Ghost 1–6) row by row: users become
 * authors, tags tags (internal #tags are skipped), posts posts (pages skipped), and the link
 * tables (posts_tags, posts_authors, posts_meta) facts joined to the posts once all is read.
 */
final class GhostReader {

    private static final DateTimeFormatter SQL_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ImportSink sink;
    private final ObjectMapper mapper;

    GhostReader(ImportSink sink, ObjectMapper mapper) {
        this.sink = sink;
        this.mapper = mapper;
    }

    /** Reads a "data" object of tables; the parser is on its START_OBJECT. */
    void readData(JsonParser json) throws IOException {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String table = json.currentName();
            if (json.nextToken() != JsonToken.START_ARRAY) {
                json.skipChildren();
                continue;
            }
            switch (table) {
                case "users", "tags", "posts", "posts_tags", "posts_authors", "posts_meta" -> readRows(json, table);
                default -> json.skipChildren();
            }
        }
        JsonImportReader.ended(json, JsonToken.END_OBJECT, "A Ghost export's \"data\" must be an object of tables.");
    }

    private void readRows(JsonParser json, String table) throws IOException {
        while (json.nextToken() == JsonToken.START_OBJECT) {
            JsonNode row = mapper.readTree(json);
            switch (table) {
                case "users" -> sink.item(new ImportItem.Author(text(row, "id"), text(row, "slug"), text(row, "name"),
                        text(row, "email"), text(row, "bio"), text(row, "profile_image"), text(row, "website"),
                        date(row, "created_at"), date(row, "updated_at"), null));
                case "tags" -> sink.item(tag(row));
                case "posts" -> sink.item(post(row));
                case "posts_tags" -> sink.fact(text(row, "post_id"), ImportSink.Fact.TAG, text(row, "tag_id"), row.path("sort_order").asInt());
                case "posts_authors" -> sink.fact(text(row, "post_id"), ImportSink.Fact.AUTHOR, text(row, "author_id"), row.path("sort_order").asInt());
                default -> meta(row);
            }
        }
        JsonImportReader.ended(json, JsonToken.END_ARRAY, "The Ghost table \"" + table + "\" must be an array of objects.");
    }

    private static ImportItem tag(JsonNode row) {
        String name = text(row, "name");
        if ("internal".equals(text(row, "visibility")) || name != null && name.startsWith("#")) {
            return new ImportItem.Skipped("tag", text(row, "id"), name, "Internal tags (#…) are not imported.");
        }
        return new ImportItem.Tag(text(row, "id"), text(row, "slug"), name, text(row, "description"),
                date(row, "created_at"), date(row, "updated_at"), null);
    }

    private static ImportItem post(JsonNode row) {
        String id = text(row, "id");
        String title = text(row, "title");
        // Ghost 1–2 mark pages with "page": true; 3 on with "type": "page".
        boolean page = "page".equals(text(row, "type")) || row.path("page").asBoolean(false) || row.path("page").asInt(0) == 1;
        if (page || text(row, "type") != null && !"post".equals(text(row, "type"))) {
            return new ImportItem.Skipped(page ? "page" : "other", id, title, page ? "Pages are not imported." : "Only posts are imported.");
        }
        // Posts for members or paid tiers are not for everyone: they come in as drafts.
        boolean everyone = text(row, "visibility") == null || "public".equals(text(row, "visibility"));
        String status = !everyone ? "draft" : switch (String.valueOf(text(row, "status"))) {
            case "published" -> "published";
            case "scheduled" -> "scheduled";
            default -> "draft";
        };
        String slug = text(row, "slug");
        boolean featured = row.path("featured").asBoolean(false) || row.path("featured").asInt(0) == 1;
        List<String> oldPaths = status.equals("published") && slug != null ? List.of("/" + slug + "/") : List.of();
        // Older exports keep the author and the meta fields on the post itself.
        List<String> authors = text(row, "author_id") != null ? List.of(text(row, "author_id")) : null;
        return new ImportItem.Post(id, title, slug, status, date(row, "published_at"), date(row, "created_at"),
                date(row, "updated_at"), null, text(row, "html"), text(row, "lexical"), text(row, "mobiledoc"),
                text(row, "custom_excerpt"), featured, text(row, "feature_image"), text(row, "feature_image_alt"),
                text(row, "meta_title"), text(row, "meta_description"), text(row, "canonical_url"), null, null, authors, oldPaths, null);
    }

    private void meta(JsonNode row) {
        String post = text(row, "post_id");
        if (text(row, "meta_title") != null) {
            sink.fact(post, ImportSink.Fact.META_TITLE, text(row, "meta_title"), 0);
        }
        if (text(row, "meta_description") != null) {
            sink.fact(post, ImportSink.Fact.META_DESCRIPTION, text(row, "meta_description"), 0);
        }
        if (text(row, "feature_image_alt") != null) {
            sink.fact(post, ImportSink.Fact.FEATURE_IMAGE_ALT, text(row, "feature_image_alt"), 0);
        }
    }

    /** ISO 8601 (2024-03-01T09:00:00.000Z) or, in older exports, SQL's 2024-03-01 09:00:00 in UTC. */
    static Instant date(JsonNode row, String field) {
        JsonNode value = row.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        String text = value.asText().strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text, SQL_DATE).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
