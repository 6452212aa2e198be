package it.sportello.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Category;
import it.sportello.platform.database.DatabaseMigration;
import it.sportello.platform.health.DatabaseReadiness;
import it.sportello.platform.i18n.LocalizedText;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;

/**
 * The platform every component stands on, inside the running application: the app-defined
 * datasource, the schema made by the migrations, the readiness check and the demo data.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    @Readiness
    DatabaseReadiness readiness;

    @EJB
    Catalog catalog;

    @Inject
    Callers callers;

    @Test
    void theSchemaIsMadeByTheMigrations() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet history = statement.executeQuery(
                        "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            assertThat(history.next()).as("a migration was applied").isTrue();
            assertThat(history.getString(1)).isEqualTo("1");
            assertThat(history.getBoolean(2)).isTrue();
        }
    }

    @Test
    void isReadyWhileTheDatabaseAnswers() {
        HealthCheckResponse response = readiness.call();

        assertThat(response.getName()).isEqualTo("database");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void theDemoMunicipalityHasItsCategoriesInOrder() {
        List<Category> categories = catalog.categories();

        assertThat(categories)
                .extracting(Category::getCode)
                .startsWith("anagrafe-e-stato-civile", "edilizia-e-urbanistica")
                .contains("vita-lavorativa")
                .doesNotHaveDuplicates();
        assertThat(categories.get(0).getName().in(Locale.GERMAN)).isEqualTo("Meldeamt und Standesamt");
    }

    @Test
    void aCategoryIsKeptWithItsTranslations() {
        // a code of its own, so that the test also passes on a database kept from an earlier run
        String code = "turismo-" + UUID.randomUUID().toString().substring(0, 8);
        callers.asStaff("admin");
        catalog.addCategory(new Category(
                code,
                99,
                new LocalizedText("Turismo", "Tourism", "Tourismus"),
                LocalizedText.italian("Strutture ricettive e informazioni turistiche.")));

        Category saved = catalog.categories().stream()
                .filter(c -> c.getCode().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(saved.getId()).isNotNull();
        assertThat(saved.getName().in(Locale.ENGLISH)).isEqualTo("Tourism");
        assertThat(saved.getDescription().in(Locale.ENGLISH))
                .isEqualTo("Strutture ricettive e informazioni turistiche.");
    }

    @Test
    void aCategoryCodeMustBeUrlFriendly() {
        Category invalid =
                new Category("Tributi e Tasse!", 1, LocalizedText.italian("Tributi"), LocalizedText.italian("Tasse"));

        callers.asStaff("admin");
        assertThatThrownBy(() -> catalog.addCategory(invalid))
                .isInstanceOf(EJBException.class)
                .hasRootCauseInstanceOf(ConstraintViolationException.class);
    }

    /**
     * Deleting a row makes the database look for the rows that refer to it: without an index on the
     * referring column that reads the whole referring table for each deleted row. The tables the
     * draft expiry deletes from (drafts with their attachments, messages and stored files) must be
     * found from every reference by an index.
     */
    @Test
    void everyReferenceToRowsThatAreDeletedIsIndexed() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> unindexed = new ArrayList<>();
            int references = 0;
            for (String table : List.of("practice", "attachment", "practice_message", "stored_content")) {
                try (ResultSet keys = meta.getExportedKeys(null, null, identifier(meta, table))) {
                    while (keys.next()) {
                        if (keys.getInt("KEY_SEQ") != 1) {
                            continue;
                        }
                        references++;
                        String referring = keys.getString("FKTABLE_NAME");
                        String column = keys.getString("FKCOLUMN_NAME");
                        if (!leadsAnIndex(meta, referring, column)) {
                            unindexed.add(referring + "." + column + " -> " + table);
                        }
                    }
                }
            }
            assertThat(references).as("references to those tables").isGreaterThan(10);
            assertThat(unindexed).as("referring columns without an index").isEmpty();
        }
    }

    private static boolean leadsAnIndex(DatabaseMetaData meta, String table, String column) throws SQLException {
        try (ResultSet index = meta.getIndexInfo(null, null, table, false, false)) {
            while (index.next()) {
                if (index.getShort("ORDINAL_POSITION") == 1
                        && column.equalsIgnoreCase(index.getString("COLUMN_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String identifier(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }
}
