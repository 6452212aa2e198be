package it.sportello.platform.links;

import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The addresses of the desk's pages: the one place that joins {@code sportello.public-url} and a
 * page's path, so that an e-mail, a document and a redirect to the same page agree, and a page
 * that moves changes one setting.
 */
@ApplicationScoped
public class PublicLinks {

    @Inject
    @ConfigProperty(name = "sportello.public-url")
    String publicUrl;

    @Inject
    Config config;

    final Map<PublicPage, String> paths = new EnumMap<>(PublicPage.class);

    @PostConstruct
    void readPaths() {
        for (PublicPage page : PublicPage.values()) {
            paths.put(page, config.getValue(page.key(), String.class));
        }
    }

    /** The page's path inside the application, from its leading slash: what a redirect appends to the context path. */
    public String path(PublicPage page) {
        return paths.get(page);
    }

    /** The page's absolute address, for an e-mail or a document. */
    public String link(PublicPage page) {
        return link(page, "");
    }

    /**
     * The page's absolute address followed by {@code tail}, as is: the value of the parameter
     * the path ends with, and any further parameters. The desk's address may end with slashes,
     * which the path's own slash replaces.
     */
    public String link(PublicPage page, String tail) {
        return publicUrl.replaceAll("/+$", "") + path(page) + tail;
    }
}
