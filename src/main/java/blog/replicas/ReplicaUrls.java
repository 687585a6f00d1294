package blog.replicas;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.postgresql.Driver;

/** Splits a (multi-host) JDBC URL of read replicas into one URL per host, as pgJDBC reads it. */
final class ReplicaUrls {

    /** The connection settings replica pools get unless the URL says otherwise. */
    private static final Properties DEFAULTS = new Properties();

    static {
        DEFAULTS.setProperty("connectTimeout", "2");
        DEFAULTS.setProperty("socketTimeout", "30");
        DEFAULTS.setProperty("ApplicationName", "blog-content-api reads");
    }

    /** Settings that choose among several hosts, meaningless for one. */
    private static final List<String> HOST_CHOICE = List.of("PGHOST", "PGPORT", "PGDBNAME", "targetServerType",
            "loadBalanceHosts", "hostRecheckSeconds");

    record Host(String name, String url, Properties properties) {
    }

    private ReplicaUrls() {
    }

    static List<Host> hosts(String url) {
        Properties parsed = Driver.parseURL(url, DEFAULTS);
        if (parsed == null) {
            throw new IllegalArgumentException("blog.db.read-url is not a PostgreSQL JDBC URL: jdbc:postgresql://host[:port][,host[:port]…]/database");
        }
        String[] hosts = parsed.getProperty("PGHOST").split(",");
        String[] ports = parsed.getProperty("PGPORT").split(",");
        Properties settings = new Properties();
        parsed.stringPropertyNames().stream().filter(name -> !HOST_CHOICE.contains(name))
                .forEach(name -> settings.setProperty(name, parsed.getProperty(name)));
        List<Host> result = new ArrayList<>();
        for (int i = 0; i < hosts.length; i++) {
            String host = hosts[i].contains(":") ? "[" + hosts[i] + "]" : hosts[i];
            String name = host + ":" + ports[i];
            result.add(new Host(name, "jdbc:postgresql://" + name + "/" + parsed.getProperty("PGDBNAME"), settings));
        }
        return result;
    }
}
