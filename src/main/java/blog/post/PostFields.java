package blog.post;

import blog.problem.ApiException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The `fields` parameter of a listing: which fields each item carries. */
record PostFields(Set<String> names) {

    static final List<String> ALL = Arrays.stream(PostResponse.class.getRecordComponents())
            .map(component -> component.getName()).toList();
    private static final Set<String> BODY = Set.of("markdown", "html");
    private static final Set<String> DEFAULT = ALL.stream().filter(name -> !BODY.contains(name))
            .collect(Collectors.toCollection(LinkedHashSet::new));

    static PostFields parse(String fields) {
        if (fields == null) {
            return new PostFields(DEFAULT);
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : fields.split(",", -1)) {
            String stripped = name.strip();
            if (!ALL.contains(stripped)) {
                throw ApiException.invalid("fields", "must be comma-separated names of " + String.join(", ", ALL));
            }
            names.add(stripped);
        }
        return new PostFields(names);
    }
}
