package blog.imports;

import static blog.imports.ImportText.text;
import static blog.imports.ImportText.texts;

import blog.export.ExportFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the arrays of this API's own export (GET /api/v1/export), row by row. */
final class BlogExportReader {

    static final String FORMAT = ExportFormat.NAME;
    static final int VERSION = ExportFormat.VERSION;

    private final ImportSink sink;
    private final ObjectMapper mapper;

    BlogExportReader(ImportSink sink, ObjectMapper mapper) {
        this.sink = sink;
        this.mapper = mapper;
    }

    /** Reads "authors", "tags" or "posts"; the parser is on the array's START_ARRAY. */
    void readArray(JsonParser json, String field) throws IOException {
        while (json.nextToken() == JsonToken.START_OBJECT) {
            JsonNode row = mapper.readTree(json);
            sink.item(switch (field) {
                case "authors" -> new ImportItem.Author(text(row, "id"), text(row, "slug"), text(row, "name"), text(row, "email"),
                        text(row, "bio"), text(row, "avatarUrl"), text(row, "website"), date(row, "createdAt"), date(row, "updatedAt"),
                        texts(row, "oldSlugs"));
                case "tags" -> new ImportItem.Tag(text(row, "id"), text(row, "slug"), text(row, "name"), text(row, "description"),
                        date(row, "createdAt"), date(row, "updatedAt"), texts(row, "oldSlugs"));
                default -> new ImportItem.Post(text(row, "id"), text(row, "title"), text(row, "slug"), text(row, "status"),
                        date(row, "publishedAt"), date(row, "createdAt"), date(row, "updatedAt"), nonNull(text(row, "markdown")),
                        null, null, null, text(row, "excerpt"), row.path("featured").asBoolean(false), text(row, "featureImage"),
                        text(row, "featureImageAlt"), text(row, "metaTitle"), text(row, "metaDescription"), text(row, "canonicalUrl"),
                        null, texts(row, "tags"), texts(row, "authors"), null, texts(row, "oldSlugs"));
            });
        }
        JsonImportReader.ended(json, JsonToken.END_ARRAY, "\"" + field + "\" must be an array of objects.");
    }

    private static String nonNull(String markdown) {
        return markdown == null ? "" : markdown;
    }

    private static Instant date(JsonNode row, String field) {
        String text = text(row, field);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
