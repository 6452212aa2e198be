package it.sportello.platform.text;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Each static {@code jakarta.json.Json.create…} call looks the
 * provider up again through the service loader, reading the class path's jars: on the sending of a
 * practice, which reads and writes its data as JSON several times, that lookup took a tenth of the
 * CPU time.
 */
public final class JsonFactory {

    /** Use as {@code JSON.createReader(…)}, {@code JSON.createObjectBuilder()}, and so on. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonFactory() {}
}
