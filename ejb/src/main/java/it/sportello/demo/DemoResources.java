package it.sportello.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Reads the JSON files of the demo municipality that sit next to this class. */
final class DemoResources {

    private DemoResources() {}

    /** The non-blank, non-comment lines of a text resource. */
    static List<String> lines(String resource) {
        try (InputStream in = DemoResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text resource, when it exists. */
    static Optional<String> text(String resource) {
        try (InputStream in = DemoResources.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(String resource, Class<T> type) {
        try (InputStream in = DemoResources.class.getResourceAsStream(resource);
                Jsonb jsonb = JsonbBuilder.create()) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return jsonb.fromJson(in, type);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read demo resource " + resource, e);
        }
    }
}
