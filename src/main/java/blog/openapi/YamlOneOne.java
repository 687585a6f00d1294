package blog.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Writes a JSON document as YAML that YAML 1.1 parsers (PyYAML, SnakeYAML, js-yaml) read as the
 * JSON says: every string they would take for a date, a time or a number is quoted, so an
 * example such as 2026-11-26T09:30:00Z stays a string.
 */
final class YamlOneOne {

    /** What YAML 1.1 resolves implicitly beyond Jackson's own checks: timestamps, sexagesimal numbers, .5, +1, .inf. */
    private static final Pattern LOOKS_TYPED = Pattern.compile("^[-+.]?[0-9].*|^[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)$|^[<=~]$");

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .stringQuotingChecker(new StringQuotingChecker.Default() {
                @Override
                public boolean needToQuoteValue(String value) {
                    return super.needToQuoteValue(value) || LOOKS_TYPED.matcher(value).matches();
                }
            })
            .build());

    private YamlOneOne() {
    }

    static byte[] write(byte[] json) {
        try {
            return YAML.writeValueAsBytes(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenAPI document could not be written as YAML", e);
        }
    }
}
