package blog.post;

import blog.json.Reference;
import blog.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Turns the authors named in a post write (slugs or ids) into author ids; unknown ones are a 400. */
@ApplicationScoped
public class AuthorResolver {

    private final EntityManager entityManager;

    AuthorResolver(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<UUID> resolve(List<Reference> references) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            String field = "authors[" + i + "]";
            ids.add(reference.id() != null
                    ? id("select id from authors where id = :reference", reference.id())
                            .orElseThrow(() -> ApiException.invalid(field, "no author has id " + reference.id()))
                    : id("select id from authors where slug = :reference", reference.text())
                            .orElseThrow(() -> ApiException.invalid(field, "no author has slug '" + reference.text() + "'")));
        }
        return new ArrayList<>(ids);
    }

    private Optional<UUID> id(String sql, Object reference) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery(sql).setParameter("reference", reference).getResultList();
        return ids.stream().findFirst();
    }
}
