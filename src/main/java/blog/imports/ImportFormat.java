package blog.imports;

/** What an import file is: a WordPress WXR export, a Ghost JSON export, or this API's own export. */
public enum ImportFormat {
    wordpress, ghost, blog
}
