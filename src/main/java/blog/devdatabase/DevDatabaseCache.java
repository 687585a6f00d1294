package blog.devdatabase;

import java.util.function.Supplier;

/**
 * Remembers the database found for a profile in system properties, which every class loader of
 * the JVM shares: Quarkus builds its configuration several times, and dev mode reloads the
 * application's classes, but the database is found (and an embedded one started) once.
 */
final class DevDatabaseCache {

    private static final String PREFIX = "blog-dev-database.";

    private DevDatabaseCache() {
    }

    static synchronized DevDatabase find(String profile, Supplier<DevDatabase> finder) {
        String key = PREFIX + profile + ".";
        if (System.getProperty(key + "description") == null) {
            DevDatabase found = finder.get();
            set(key + "url", found.url());
            set(key + "user", found.user());
            set(key + "password", found.password());
            set(key + "dev-services", String.valueOf(found.devServices()));
            System.setProperty(key + "description", found.description());
        }
        return new DevDatabase(System.getProperty(key + "url"), System.getProperty(key + "user"),
                System.getProperty(key + "password"), Boolean.parseBoolean(System.getProperty(key + "dev-services")),
                System.getProperty(key + "description"));
    }

    private static void set(String key, String value) {
        if (value != null) {
            System.setProperty(key, value);
        }
    }
}
