package blog.replicas;

import java.sql.Connection;
import java.sql.SQLException;

/** A read done with one connection. */
@FunctionalInterface
public interface SqlWork<T> {

    T on(Connection connection) throws SQLException;
}
