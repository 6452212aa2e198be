package it.sportello.protocol.control;

import static it.sportello.platform.text.JsonFactory.JSON;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import it.sportello.platform.Reachability;
import it.sportello.protocol.entity.Direction;

/**
 * An external protocol register reached over HTTP: one {@code POST} of JSON per registration to
 * the configured address, carrying the registration id so that the register answers a repeated
 * request with the number it already gave. The exchange is described in
 * {@code docs/protocol-register.md}. Any answer but 200/201 with a number, and any network
 * failure, is {@link RegisterUnavailableException}: the registration is tried again later.
 */
public class HttpRegister implements ProtocolRegister {

    public static final String NAME = "http";

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final URI address;
    private final HttpClient client;

    public HttpRegister(URI address) {
        this.address = address;
        this.client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public Receipt register(Submission submission) {
        HttpRequest request = HttpRequest.newBuilder(address)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", submission.registrationId())
                .POST(HttpRequest.BodyPublishers.ofString(json(submission)))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RegisterUnavailableException("Protocol register not reachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegisterUnavailableException("Interrupted while registering", e);
        }
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new RegisterUnavailableException("Protocol register answered HTTP " + response.statusCode());
        }
        try (JsonReader reader = JSON.createReader(new StringReader(response.body()))) {
            JsonObject answer = reader.readObject();
            return new Receipt(answer.getInt("anno"), answer.getInt("numero"), Instant.parse(answer.getString("data")));
        } catch (JsonException
                | NullPointerException
                | ClassCastException
                | java.time.format.DateTimeParseException e) {
            throw new RegisterUnavailableException("Protocol register answered something else than a registration", e);
        }
    }

    /** The request body; see {@code docs/protocol-register.md}. */
    static String json(Submission submission) {
        JsonArrayBuilder documents = JSON.createArrayBuilder();
        boolean main = true;
        for (String line : submission.documents()) {
            int gap = line.indexOf("  ");
            documents.add(JSON.createObjectBuilder()
                    .add("nome", line.substring(gap + 2))
                    .add("impronta", line.substring(0, gap))
                    .add("algoritmo", "SHA-256")
                    .add("principale", main));
            main = false;
        }
        return JSON.createObjectBuilder()
                .add("idRegistrazione", submission.registrationId())
                .add("verso", submission.direction() == Direction.INCOMING ? "ENTRATA" : "USCITA")
                .add("oggetto", submission.subject())
                .add("corrispondente", submission.correspondent())
                .add("fascicolo", submission.dossierCode())
                .add("documenti", documents)
                .add(
                        "documentoPrincipale",
                        JSON.createObjectBuilder()
                                .add("nome", submission.documentName())
                                .add("contenuto", Base64.getEncoder().encodeToString(submission.document())))
                .build()
                .toString();
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Asks the register's address with a {@code HEAD} and a short timeout: any HTTP answer below
     * 500 (a 405 for a {@code HEAD} included) says the register is there to take registrations.
     */
    @Override
    public Reachability reachability() {
        HttpRequest request = HttpRequest.newBuilder(address)
                .timeout(PROBE_TIMEOUT)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            int status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            String where = address.getPort() < 0 ? address.getHost() : address.getHost() + ":" + address.getPort();
            return status < 500 ? Reachability.reached(where) : Reachability.unreachable("HTTP " + status);
        } catch (IOException e) {
            return Reachability.unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reachability.unreachable(e);
        }
    }
}
