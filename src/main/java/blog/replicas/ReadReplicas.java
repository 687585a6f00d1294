package blog.replicas;

import blog.config.BlogConfig;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.exceptionsorter.PostgreSQLExceptionSorter;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The read replicas of {@code blog.db.read-url}, one pool per host, and a check of each (is it up,
 * how far behind the primary) every {@code blog.db.read-check-interval}. With no read URL there
 * are none and every read goes to the primary.
 */
@Startup
@ApplicationScoped
public class ReadReplicas {

    private static final String REPLAYED = "select pg_is_in_recovery(), pg_last_wal_replay_lsn()::text";
    private static final String PRIMARY_FLUSHED = "select pg_current_wal_flush_lsn()::text";

    private final BlogConfig.Db config;
    private final AgroalDataSource primary;
    private final String user;
    private final Optional<String> password;
    private final String connectionSql;
    private final List<Replica> replicas = new ArrayList<>();
    private final AtomicInteger turn = new AtomicInteger();
    private final LongAdder primaryReads = new LongAdder();
    private PrimaryProgress progress;
    private ScheduledExecutorService checks;

    ReadReplicas(BlogConfig config, AgroalDataSource primary,
                 @ConfigProperty(name = "quarkus.datasource.username") String user,
                 @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                 @ConfigProperty(name = "quarkus.datasource.jdbc.new-connection-sql") String connectionSql) {
        this.config = config.db();
        this.primary = primary;
        this.user = user;
        this.password = password;
        this.connectionSql = connectionSql;
    }

    @PostConstruct
    void start() {
        if (config.readUrl().isEmpty()) {
            return;
        }
        for (ReplicaUrls.Host host : ReplicaUrls.hosts(config.readUrl().get())) {
            replicas.add(new Replica(host.name(), pool(host)));
        }
        progress = new PrimaryProgress(config.readMaxLag().multipliedBy(2).plusSeconds(1));
        checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "read-replica-checks");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.readCheckInterval().toMillis();
        checks.scheduleWithFixedDelay(this::checkAll, 0, every, TimeUnit.MILLISECONDS);
        Log.infof("Anonymous reads go to the read replicas %s when they are within %s of the primary",
                replicas.stream().map(Replica::name).toList(), config.readMaxLag());
    }

    void stop(@Observes ShutdownEvent event) {
        if (checks != null) {
            checks.shutdownNow();
        }
        replicas.forEach(replica -> replica.pool().close());
    }

    public boolean configured() {
        return !replicas.isEmpty();
    }

    /** A replica that is up and had replayed {@code minimum} at its last check, taken in turns; null if none. */
    Replica pick(long minimum) {
        int size = replicas.size();
        int start = Math.floorMod(turn.getAndIncrement(), Math.max(size, 1));
        for (int i = 0; i < size; i++) {
            Replica replica = replicas.get((start + i) % size);
            if (replica.state() == Replica.State.up && replica.replayed() >= minimum) {
                return replica;
            }
        }
        return null;
    }

    void servedByPrimary() {
        primaryReads.increment();
    }

    long primaryReads() {
        return primaryReads.sum();
    }

    List<Replica> all() {
        return List.copyOf(replicas);
    }

    private void checkAll() {
        try {
            boolean primaryKnown = samplePrimary();
            for (Replica replica : replicas) {
                check(replica, primaryKnown);
            }
        } catch (RuntimeException e) {
            Log.warnf(e, "Checking the read replicas failed");
        }
    }

    /** Whether the primary's position could be read; while it cannot, replicas keep the lag they had (they replay nothing new either). */
    private boolean samplePrimary() {
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet row = statement.executeQuery(PRIMARY_FLUSHED)) {
                row.next();
                progress.record(System.nanoTime(), WalPosition.parse(row.getString(1)));
                return true;
            }
        } catch (SQLException | IllegalArgumentException e) {
            Log.debugf("The primary's WAL position could not be read (%s); replicas keep the lag they had", e.getMessage());
            return false;
        }
    }

    private void check(Replica replica, boolean primaryKnown) {
        Replica.State before = replica.state();
        try (Connection connection = replica.pool().getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet row = statement.executeQuery(REPLAYED)) {
                row.next();
                boolean recovering = row.getBoolean(1);
                String replayed = row.getString(2);
                long position = !recovering ? WalPosition.LATEST : replayed == null ? WalPosition.ANY : WalPosition.parse(replayed);
                if (primaryKnown || !recovering) {
                    replica.checked(position, progress.lagOf(position, System.nanoTime()), config.readMaxLag());
                } else {
                    replica.reachedWithoutPrimary(position, config.readMaxLag());
                }
            }
        } catch (SQLException | IllegalArgumentException e) {
            replica.lost();
            if (before != Replica.State.down) {
                Log.warnf("Read replica %s is unreachable (%s); its reads go elsewhere until it is back", replica.name(), e.getMessage());
            }
            return;
        }
        if (replica.state() != before) {
            Log.infof("Read replica %s is %s (lag %d ms)", replica.name(), replica.state(), replica.lag().toMillis());
        }
    }

    private AgroalDataSource pool(ReplicaUrls.Host host) {
        AgroalDataSourceConfigurationSupplier pool = new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(connections -> connections
                        .maxSize(config.readPoolSize())
                        .minSize(0)
                        .initialSize(0)
                        .acquisitionTimeout(Duration.ofSeconds(2))
                        .exceptionSorter(new PostgreSQLExceptionSorter())
                        .connectionFactoryConfiguration(factory -> {
                            factory.jdbcUrl(host.url())
                                    .connectionProviderClassName("org.postgresql.Driver")
                                    .principal(new NamePrincipal(user))
                                    .credential(new SimplePassword(password.orElse("")))
                                    .initialSql(connectionSql);
                            Properties properties = host.properties();
                            properties.stringPropertyNames().forEach(name -> factory.jdbcProperty(name, properties.getProperty(name)));
                            return factory;
                        }));
        try {
            return AgroalDataSource.from(pool);
        } catch (SQLException e) {
            throw new IllegalStateException("The pool of read replica " + host.name() + " could not be made", e);
        }
    }
}
