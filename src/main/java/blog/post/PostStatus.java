package blog.post;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The publication state of a post; names are the JSON and database values. */
@Schema(name = "PostStatus", description = "draft: private. scheduled: public from publishedAt on, read as published from then. published: public.")
public enum PostStatus {
    draft, scheduled, published
}
