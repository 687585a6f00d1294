package blog.fuzz;

import blog.fuzz.Samples.Gen;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The tags a test has made, to predict what a post's tag references resolve to: an existing tag
 * by slug or by name ignoring case, else a new tag of that (trimmed) name; duplicates dropped,
 * order kept. Only ASCII letters change case here, so the prediction does not depend on how the
 * database lower-cases other scripts.
 */
final class TagBook {

    /** How to name a tag in a post write: kind 0 new, 1 existing by slug, 2 existing by name in other case, 3 repeat. */
    record Choice(int kind, int index, String newName) {
    }

    private final Map<String, String> nameBySlug = new HashMap<>();
    private final Map<String, String> nameByLowerName = new HashMap<>();

    static Gen<List<Choice>> choices() {
        Gen<Integer> kinds = Samples.intBetween(0, 3);
        Gen<Integer> indexes = Samples.intBetween(0, 1000);
        Gen<String> newNames = ValidContent.newTagName();
        Gen<Choice> choice = random -> {
            int kind = kinds.next(random);
            int index = indexes.next(random);
            return new Choice(kind, index, newNames.next(random));
        };
        return Samples.listOf(choice, 0, 5);
    }

    /** The references to send for these choices. */
    List<String> references(List<Choice> choices) {
        List<String> slugs = new ArrayList<>(nameBySlug.keySet());
        slugs.sort(null);
        List<String> references = new ArrayList<>();
        for (Choice choice : choices) {
            if (choice.kind() == 0 || slugs.isEmpty() || choice.kind() == 3 && references.isEmpty()) {
                references.add(choice.newName());
            } else if (choice.kind() == 1) {
                references.add(slugs.get(choice.index() % slugs.size()));
            } else if (choice.kind() == 2) {
                references.add(flipAsciiCase(nameBySlug.get(slugs.get(choice.index() % slugs.size()))));
            } else {
                references.add(references.get(choice.index() % references.size()));
            }
        }
        return references;
    }

    /** The tag names the post must carry, in order, for these references. */
    List<String> expectedNames(List<String> references) {
        Map<String, String> pending = new HashMap<>();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String reference : references) {
            String text = reference.strip();
            String name = nameBySlug.getOrDefault(text, nameByLowerName.get(asciiLower(text)));
            if (name == null) {
                name = pending.computeIfAbsent(asciiLower(text), key -> text);
            }
            names.add(name);
        }
        return new ArrayList<>(names);
    }

    /** Learns the tags of a post as the server returned them. */
    void learn(JsonNode tags) {
        for (JsonNode tag : tags) {
            nameBySlug.put(tag.path("slug").asText(), tag.path("name").asText());
            nameByLowerName.put(asciiLower(tag.path("name").asText()), tag.path("name").asText());
        }
    }

    static String asciiLower(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        text.chars().forEach(c -> lower.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c)));
        return lower.toString();
    }

    private static String flipAsciiCase(String text) {
        StringBuilder flipped = new StringBuilder(text.length());
        text.chars().forEach(c -> flipped.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c >= 'a' && c <= 'z' ? c - 32 : c)));
        return flipped.toString();
    }
}
