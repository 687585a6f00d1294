package blog.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a token may do; each role may do everything the roles before it may. */
@Schema(name = "Role", description = "contributor: write own drafts. author: also publish and delete own posts. editor: all content, tags and authors. admin: also tokens.")
public enum Role {
    contributor, author, editor, admin;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
