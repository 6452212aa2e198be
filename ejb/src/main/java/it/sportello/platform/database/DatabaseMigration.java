package it.sportello.platform.database;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import it.sportello.platform.logging.Logs;

/**
 * Declares the application's datasource and brings its schema up to date before anything else
 * starts. The schema is owned by the Flyway migrations in {@code db/migration}; EclipseLink
 * never generates DDL.
 *
 * <p>The datasource is defined by the application, not by the server, so the embedded default
 * needs no server configuration; its class, URL and credentials come from MicroProfile Config
 * ({@code sportello.db.*}), which is how PostgreSQL is switched on.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATASOURCE,
        className = "${MPCONFIG=sportello.db.datasource-class}",
        url = "${MPCONFIG=sportello.db.url}",
        user = "${MPCONFIG=sportello.db.user}",
        password = "${MPCONFIG=sportello.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATASOURCE = "java:app/jdbc/sportello";

    private static final Logger LOG = Logs.of(DatabaseMigration.class);

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    /**
     * Returns once the schema is up to date. A bean of another EJB module that must start after
     * the migration calls it from its own {@code @PostConstruct}: the container finishes this
     * singleton's start first, and {@code @DependsOn} cannot name a bean across modules in a way
     * that holds in both the EAR and the single WAR.
     */
    public void awaitSchema() {
        // the call itself is the wait: the container starts this singleton before serving it
    }

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migrations applied now, " + result.database + ")");
    }
}
