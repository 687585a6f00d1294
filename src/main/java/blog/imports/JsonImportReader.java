package blog.imports;

import blog.problem.ApiException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON export as it streams in: a Ghost export ({"db":[{"meta":…,"data":{tables}}]} or
 * {"meta":…,"data":…}) or this API's own ({"format":"blog-content-api-export",…}). Strings,
 * numbers and nesting are bounded.
 */
final class JsonImportReader {

    private final ImportSink sink;
    private final ObjectMapper mapper;
    private ImportFormat format;

    JsonImportReader(ImportSink sink, ObjectMapper mapper) {
        this.sink = sink;
        this.mapper = mapper.copyWith(limitedFactory()).disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Reads the whole file and returns its format. */
    ImportFormat read(InputStream in) {
        try (JsonParser json = mapper.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw ImportRejected.because("The file is JSON but not an export: it is not a JSON object.");
            }
            readTop(json);
            if (json.nextToken() != null) {
                throw ImportRejected.because("The file has more after its JSON object.");
            }
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw ImportRejected.because("The file is not well-formed JSON" + line + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (format == null) {
            throw ImportRejected.because("The file is JSON but neither a Ghost export (with \"db\" or \"data\") "
                    + "nor this API's export (\"format\": \"" + BlogExportReader.FORMAT + "\").");
        }
        return format;
    }

    private void readTop(JsonParser json) throws IOException {
        GhostReader ghost = new GhostReader(sink, mapper);
        BlogExportReader blog = new BlogExportReader(sink, mapper);
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "db" -> {
                    expect(value, JsonToken.START_ARRAY, "db");
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        readGhostDatabase(json, ghost);
                    }
                    ended(json, JsonToken.END_ARRAY, "\"db\" must be an array of objects.");
                }
                case "data" -> {
                    expect(value, JsonToken.START_OBJECT, "data");
                    use(ImportFormat.ghost);
                    ghost.readData(json);
                }
                case "format" -> {
                    if (value != JsonToken.VALUE_STRING || !json.getText().equals(BlogExportReader.FORMAT)) {
                        throw ImportRejected.because("\"format\" must be \"" + BlogExportReader.FORMAT + "\".");
                    }
                    use(ImportFormat.blog);
                }
                case "version" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT || json.getIntValue() != BlogExportReader.VERSION) {
                        throw ImportRejected.because("Only version " + BlogExportReader.VERSION + " of this API's export is known.");
                    }
                }
                case "authors", "tags", "posts" -> {
                    if (format != ImportFormat.blog) {
                        throw ImportRejected.because("\"" + field + "\" comes before \"format\": this API's exports start with it.");
                    }
                    expect(value, JsonToken.START_ARRAY, field);
                    blog.readArray(json, field);
                }
                default -> {
                    if (format == ImportFormat.blog) {
                        throw ApiException.invalid(field, "unknown field: this API's export has format, version, authors, tags and posts");
                    }
                    json.skipChildren();
                }
            }
        }
        ended(json, JsonToken.END_OBJECT, "The export's top level must be an object of named fields.");
    }

    /** A loop over fields or elements ends at its closing token, not at something else. */
    static void ended(JsonParser json, JsonToken expected, String detail) {
        if (json.currentToken() != expected) {
            throw ImportRejected.because(detail);
        }
    }

    private void readGhostDatabase(JsonParser json, GhostReader ghost) throws IOException {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if (field.equals("data")) {
                expect(value, JsonToken.START_OBJECT, "db[].data");
                use(ImportFormat.ghost);
                ghost.readData(json);
            } else {
                json.skipChildren();
            }
        }    ended(json, JsonToken.END_OBJECT, "Each element of \"db\" must be an object of named fields.");
    }

    private void use(ImportFormat detected) {
        if (format != null && format != detected) {
            throw ImportRejected.because("The file mixes a Ghost export with this API's export.");
        }
        format = detected;
    }

    private static void expect(JsonToken actual, JsonToken expected, String field) {
        if (actual != expected) {
            throw ImportRejected.because("\"" + field + "\" must be a JSON " + (expected == JsonToken.START_ARRAY ? "array" : "object") + ".");
        }
    }

    /** A post's body is at most a few MB; deeper nesting than an export has is refused. */
    private static JsonFactory limitedFactory() {
        return JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(8 * 1024 * 1024)
                .maxNestingDepth(64)
                .maxNumberLength(64)
                .build()).build();
    }
}
