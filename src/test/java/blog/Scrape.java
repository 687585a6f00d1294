package blog;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One read of /q/metrics in Prometheus's text format: each series (name with its labels) and its value. */
public record Scrape(Map<String, Double> series) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{.*\\})?\\s+(\\S+)(\\s+\\d+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static Scrape now() {
        String text = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        return parse(text);
    }

    /** Parses the text format; a line that is neither a comment nor a sample fails the read. */
    public static Scrape parse(String text) {
        Map<String, Double> series = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new IllegalArgumentException("Not a Prometheus sample: " + line);
            }
            series.put(sample.group(1) + labels(sample.group(2)), Double.parseDouble(sample.group(3)));
        }
        return new Scrape(series);
    }

    /** Labels in a canonical order ({a="1",b="2"}), so that a test can name a series without knowing the registry's order. */
    private static String labels(String raw) {
        if (raw == null) {
            return "";
        }
        Map<String, String> sorted = new java.util.TreeMap<>();
        Matcher label = LABEL.matcher(raw);
        while (label.find()) {
            sorted.put(label.group(1), label.group(2));
        }
        StringBuilder text = new StringBuilder("{");
        sorted.forEach((name, value) -> text.append(text.length() > 1 ? "," : "").append(name).append("=\"").append(value).append('"'));
        return text.append('}').toString();
    }

    /** The value of a series (0 if absent: a counter not yet touched), e.g. {@code value("blog_cache_requests_total{result=\"hit\"}")}. */
    public double value(String name) {
        return series.getOrDefault(name, 0.0);
    }

    public boolean has(String name) {
        return series.containsKey(name);
    }

    /** How much a series moved since {@code before}. */
    public double since(Scrape before, String name) {
        return value(name) - before.value(name);
    }

    /** How many series of this metric there are (the lines of {@code name}, whatever their labels). */
    public long count(String name) {
        return series.keySet().stream().filter(key -> key.equals(name) || key.startsWith(name + "{")).count();
    }
}
