package it.sportello.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An external protocol register for the tests, on the JDK's HTTP server: numbers per year in
 * order, the same number for a registration id asked again, and a share of calls that fail —
 * half before registering (HTTP 503), half after registering with the answer lost (HTTP 500), as
 * a register behind a flaky network does.
 */
final class FakeProtocolRegister implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService answering = Executors.newCachedThreadPool();
    private final double failureRate;
    private final long delayMillis;
    private final Random random = new Random(42);
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Integer> registrationsPerId = new HashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private int last;

    private FakeProtocolRegister(int port, double failureRate, long delayMillis) throws IOException {
        this.failureRate = failureRate;
        this.delayMillis = delayMillis;
        server = HttpServer.create(new InetSocketAddress("localhost", port), 50);
        server.createContext("/registrazioni", this::handle);
        // calls are answered side by side, as a register serving several clients does: with one
        // thread, a 50 ms answer would cap every caller at 20 registrations per second
        server.setExecutor(answering);
        server.start();
    }

    static FakeProtocolRegister start(int port, double failureRate, long delayMillis) {
        try {
            return new FakeProtocolRegister(port, failureRate, delayMillis);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        String id;
        try (InputStream in = exchange.getRequestBody();
                JsonReader reader =
                        Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))) {
            JsonObject request = reader.readObject();
            id = request.getString("idRegistrazione");
            request.getJsonArray("documenti").getJsonObject(0).getString("impronta");
        } catch (RuntimeException e) {
            answer(exchange, 400, "{}");
            return;
        }
        sleep();
        double dice;
        synchronized (this) {
            dice = random.nextDouble();
        }
        if (dice < failureRate / 2) {
            failures.incrementAndGet();
            answer(exchange, 503, "{\"errore\":\"non disponibile\"}");
            return;
        }
        int number = register(id);
        if (dice < failureRate) {
            failures.incrementAndGet();
            answer(exchange, 500, "{\"errore\":\"risposta persa\"}");
            return;
        }
        answer(
                exchange,
                201,
                Json.createObjectBuilder()
                        .add("anno", Year.now().getValue())
                        .add("numero", number)
                        .add("data", Instant.now().toString())
                        .build()
                        .toString());
    }

    private synchronized int register(String id) {
        Integer known = numbers.get(id);
        if (known != null) {
            return known;
        }
        last++;
        numbers.put(id, last);
        registrationsPerId.merge(id, 1, Integer::sum);
        return last;
    }

    private void sleep() {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The number given to the registration id, or {@code null}. */
    synchronized Integer numberOf(String registrationId) {
        return numbers.get(registrationId);
    }

    /** How many times the register made an entry for the registration id (1 when all is well). */
    synchronized int entriesOf(String registrationId) {
        return registrationsPerId.getOrDefault(registrationId, 0);
    }

    synchronized int entries() {
        return last;
    }

    int calls() {
        return calls.get();
    }

    int failures() {
        return failures.get();
    }

    @Override
    public void close() {
        server.stop(0);
        answering.shutdownNow();
    }
}
