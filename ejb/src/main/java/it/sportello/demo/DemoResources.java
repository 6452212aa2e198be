package it.sportello.demo;

import java.io.InputStream;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Reads the JSON files of the demo municipality that sit next to this class. */
final class DemoResources {

    private DemoResources() {
    }

    static <T> T read(String resource, Class<T> type) {
        try (InputStream in = DemoResources.class.getResourceAsStream(resource); Jsonb jsonb = JsonbBuilder.create()) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return jsonb.fromJson(in, type);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read demo resource " + resource, e);
        }
    }
}
