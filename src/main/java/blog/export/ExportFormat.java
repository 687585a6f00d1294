package blog.export;

/** The name and version a document of this API's export carries in its first two fields. */
public final class ExportFormat {

    public static final String NAME = "blog-content-api-export";
    public static final int VERSION = 1;

    private ExportFormat() {
    }
}
