package it.sportello.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Category;
import it.sportello.platform.i18n.LocalizedText;

/**
 * Fills the fictional "Comune di Bugliano" on the first start of an empty database, so that the
 * embedded setup shows a working desk at once. Everything goes through the same boundaries the
 * pages use. Off when {@code sportello.demo.enabled=false}, as it should be in production.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "sportello.demo.enabled")
    boolean enabled;

    @EJB
    Catalog catalog;

    @PostConstruct
    void loadOnFirstStart() {
        if (!enabled || !catalog.isEmpty()) {
            return;
        }
        DemoCatalog demo = read("catalog.json", DemoCatalog.class);
        int position = 0;
        for (DemoCategory category : demo.categories()) {
            catalog.addCategory(new Category(category.code(), position++, category.name().text(),
                    category.description().text()));
        }
        LOG.info(() -> "Demo data loaded: " + demo.categories().size() + " categories");
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource); Jsonb jsonb = JsonbBuilder.create()) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return jsonb.fromJson(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read demo resource " + resource, e);
        }
    }

    public record DemoCatalog(List<DemoCategory> categories) {
    }

    public record DemoCategory(String code, DemoText name, DemoText description) {
    }

    public record DemoText(String it, String en, String de) {
        LocalizedText text() {
            return new LocalizedText(it, en, de);
        }
    }
}
