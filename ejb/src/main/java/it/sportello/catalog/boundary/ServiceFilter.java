package it.sportello.catalog.boundary;

import it.sportello.catalog.entity.Audience;

/**
 * What a citizen asked the catalog for: words to search, and optionally one category, one topic
 * and one audience ("Io sono…"). Any part may be {@code null}.
 */
public record ServiceFilter(String text, String category, String topic, Audience audience) {

    public static ServiceFilter everything() {
        return new ServiceFilter(null, null, null, null);
    }
}
