package blog.devdatabase;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Whether a stock local PostgreSQL (127.0.0.1:5432, superuser postgres) takes connections. */
final class LocalPostgres {

    private LocalPostgres() {
    }

    static boolean accepts() {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", "postgres");
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "3");
        try (var connection = DriverManager.getConnection(DatabaseFinder.LOCAL_URL, properties)) {
            return connection.isValid(2);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
