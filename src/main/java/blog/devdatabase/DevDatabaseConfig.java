package blog.devdatabase;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Gives dev mode and the tests a database without any setup (see {@link DatabaseFinder}); the
 * production profile gets nothing from here and still needs its settings. Decided once per JVM
 * and profile, and said in one log line.
 */
public class DevDatabaseConfig implements ConfigSourceFactory {

    /** Above application.properties (250), so that it replaces the production settings there; below the environment (300). */
    private static final int ORDINAL = 275;
    private static final List<String> PROFILES = List.of("dev", "test");
    private static final Logger LOG = Logger.getLogger(DevDatabaseConfig.class);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String profile = context.getProfiles().stream().filter(PROFILES::contains).findFirst().orElse(null);
        if (profile == null) {
            return List.of();
        }
        String configured = configuredUrl(context, profile);
        DevDatabase database = DevDatabaseCache.find(profile, () -> {
            DevDatabase found = new DatabaseFinder(DevDatabaseConfig::setting, LocalPostgres::accepts, ContainerRuntime::find,
                    EmbeddedPostgresServer::start).find(profile, configured);
            LOG.infof("Database for the %s profile: %s", profile, found.description());
            return found;
        });
        return List.of(new MapBackedConfigSource("blog dev database", settings(database), ORDINAL) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /** A datasource URL from application.properties (which the context sees), the environment or a system property. */
    private static String configuredUrl(ConfigSourceContext context, String profile) {
        ConfigValue fromFiles = context.getValue("quarkus.datasource.jdbc.url");
        if (fromFiles != null && fromFiles.getValue() != null) {
            return fromFiles.getValue();
        }
        for (String name : List.of("%" + profile + ".quarkus.datasource.jdbc.url", "quarkus.datasource.jdbc.url",
                "_" + profile.toUpperCase() + "_QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_JDBC_URL")) {
            if (setting(name) != null) {
                return setting(name);
            }
        }
        return null;
    }

    private static Map<String, String> settings(DevDatabase database) {
        Map<String, String> settings = new HashMap<>();
        settings.put("quarkus.datasource.devservices.enabled", String.valueOf(database.devServices()));
        if (database.url() != null) {
            settings.put("quarkus.datasource.jdbc.url", database.url());
            settings.put("quarkus.datasource.username", database.user());
            settings.put("quarkus.datasource.password", database.password());
        }
        return settings;
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }
}
