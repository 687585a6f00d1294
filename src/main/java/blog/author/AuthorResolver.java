package blog.author;

import blog.common.ApiException;
import blog.common.Reference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Turns the authors named in a post write (slugs or ids) into author ids; unknown ones are a 400. */
@ApplicationScoped
public class AuthorResolver {

    public List<UUID> resolve(List<Reference> references) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            String field = "authors[" + i + "]";
            Author author = reference.id() != null
                    ? Author.<Author>findByIdOptional(reference.id())
                            .orElseThrow(() -> ApiException.invalid(field, "no author has id " + reference.id()))
                    : Author.findBySlug(reference.text())
                            .orElseThrow(() -> ApiException.invalid(field, "no author has slug '" + reference.text() + "'"));
            ids.add(author.id);
        }
        return new ArrayList<>(ids);
    }
}
