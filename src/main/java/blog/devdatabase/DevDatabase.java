package blog.devdatabase;

/**
 * The PostgreSQL that dev mode or the tests use, and how it was found: the connection settings
 * to give Quarkus (none when the user's own settings or Dev Services provide them).
 */
record DevDatabase(String url, String user, String password, boolean devServices, String description) {

    static DevDatabase yourSettings(String description) {
        return new DevDatabase(null, null, null, false, description);
    }

    static DevDatabase at(String url, String user, String password, String description) {
        return new DevDatabase(url, user, password, false, description);
    }

    static DevDatabase devServices(String description) {
        return new DevDatabase(null, null, null, true, description);
    }
}
