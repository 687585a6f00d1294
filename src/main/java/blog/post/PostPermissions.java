package blog.post;

import blog.auth.Caller;
import blog.auth.Role;
import java.util.List;
import java.util.UUID;

/**
 * Who may write which post: editors and admins any; authors their own; contributors their own
 * drafts only, and never publish. "Own" means the token's author is among the post's authors.
 */
final class PostPermissions {

    private PostPermissions() {
    }

    static void checkCreate(Caller caller, PostStatus status, List<UUID> authorIds) {
        caller.require(Role.contributor, "write posts");
        if (!caller.has(Role.editor)) {
            requireOwnership(caller, authorIds, "create posts for other authors");
            requireDraftUnlessAuthor(caller, status);
        }
    }

    static void checkEdit(Caller caller, Post post, List<UUID> currentAuthors, PostStatus status, List<UUID> newAuthors) {
        caller.require(Role.contributor, "edit posts");
        if (!caller.has(Role.editor)) {
            requireOwnership(caller, currentAuthors, "edit other authors' posts");
            requireOwnership(caller, newAuthors, "remove themselves from a post's authors");
            requireDraftUnlessAuthor(caller, post.status);
            requireDraftUnlessAuthor(caller, status);
        }
    }

    static void checkDelete(Caller caller, Post post, List<UUID> currentAuthors) {
        caller.require(Role.contributor, "delete posts");
        if (!caller.has(Role.editor)) {
            requireOwnership(caller, currentAuthors, "delete other authors' posts");
            requireDraftUnlessAuthor(caller, post.status);
        }
    }

    /** A preview link shows the post as it is now: whoever may edit the post may share it. */
    static void checkPreview(Caller caller, List<UUID> currentAuthors) {
        caller.require(Role.contributor, "share previews of posts");
        if (!caller.has(Role.editor)) {
            requireOwnership(caller, currentAuthors, "share previews of other authors' posts");
        }
    }

    private static void requireOwnership(Caller caller, List<UUID> authorIds, String action) {
        if (!caller.isOneOf(authorIds)) {
            throw Caller.forbidden("This token cannot " + action + ".");
        }
    }

    private static void requireDraftUnlessAuthor(Caller caller, PostStatus status) {
        if (!caller.has(Role.author) && status != PostStatus.draft) {
            throw Caller.forbidden("A contributor token can only write drafts; publishing needs the author role.");
        }
    }
}
