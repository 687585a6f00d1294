package blog.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Typed settings of the blog under the {@code blog.} prefix. */
@ConfigMapping(prefix = "blog")
public interface BlogConfig {

    Auth auth();

    Http http();

    Db db();

    interface Auth {
        /** Bearer tokens allowed to write. */
        List<String> tokens();
    }

    interface Http {
        /** max-age, in seconds, of Cache-Control on anonymous GET responses. */
        @WithDefault("60")
        int publicMaxAge();
    }

    interface Db {
        /** The schema Flyway creates and owns. */
        String schema();
    }
}
