package it.sportello.payment.control;

import static it.sportello.platform.text.JsonFactory.JSON;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.Config;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import it.sportello.identity.entity.FiscalCode;
import it.sportello.municipality.Municipality;
import it.sportello.payment.entity.Payment;
import it.sportello.payment.entity.PaymentRefusedException;
import it.sportello.payment.entity.PaymentState;
import it.sportello.platform.Reachability;
import it.sportello.platform.logging.Logs;
import it.sportello.platform.time.Clocks;

/**
 * The pagoPA platform reached directly through its public REST APIs, as described in
 * {@code docs/pagopa.md}: GPD ("Gestione Posizioni Debitorie", debt positions service v1) holds
 * the municipality's positions, the GPD receipts service their receipts, and Checkout (EC API v1)
 * takes the citizen's payment of up to {@value #MAX_NOTICES} notices.
 * <p>
 * Every call carries the subscription key ({@value #KEY_HEADER}), has the configured timeout, and
 * is written to the log at INFO with the operation, the position's IUPD or IUV, the HTTP status and
 * the time taken: never the payer's name, codice fiscale or e-mail, and never a body. Calls that
 * can be repeated safely (reading, creating a position under its own IUPD, invalidating it) are
 * retried on a timeout, a failed connection or a 5xx; opening a checkout is not. Every refusal
 * is an {@link Intermediary.IntermediaryException} whose message names no person.
 * <p>
 * The platform does not push outcomes to the desk: it keeps them, and the desk reads them
 * ({@link #state}, {@link #receipt}). The notification address of {@link #checkout} is unused.
 */
@ApplicationScoped
public class PagoPaIntermediary implements Intermediary {

    public static final String NAME = "pagopa";
    /** pagoPA's API gateway key header, named by every one of its OpenAPI documents. */
    public static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";
    /** Checkout's limit of notices in one cart ({@code CartRequest.paymentNotices.maxItems}). */
    public static final int MAX_NOTICES = 5;

    static final String SETTINGS = "sportello.payment.pagopa.";

    private static final Logger LOG = Logs.of(PagoPaIntermediary.class);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    /** What the connector works with: its settings and the municipality as the platform knows it. */
    public record Settings(
            URI gpdUrl,
            URI receiptsUrl,
            URI checkoutUrl,
            String subscriptionKey,
            String iban,
            String taxonomy,
            Duration timeout,
            int retries,
            String taxCode,
            String companyName) {

        /** The settings {@code sportello.payment.pagopa.*} as {@code setting} reads them. */
        public static Settings read(
                java.util.function.Function<String, Optional<String>> setting, String taxCode, String companyName) {
            return new Settings(
                    URI.create(required(setting, "gpd-url")),
                    URI.create(required(setting, "receipts-url")),
                    URI.create(required(setting, "checkout-url")),
                    setting.apply(SETTINGS + "subscription-key").orElse(""),
                    setting.apply(SETTINGS + "iban").orElse(""),
                    setting.apply(SETTINGS + "taxonomy").orElse(""),
                    Duration.parse(required(setting, "timeout")),
                    Integer.parseInt(required(setting, "retries")),
                    taxCode,
                    companyName);
        }

        /** Without the subscription key: settings end up in logs and messages. */
        @Override
        public String toString() {
            return "Settings[gpdUrl=" + gpdUrl + ", receiptsUrl=" + receiptsUrl + ", checkoutUrl=" + checkoutUrl
                    + ", timeout=" + timeout + ", retries=" + retries + ", taxCode=" + taxCode + "]";
        }

        private static String required(java.util.function.Function<String, Optional<String>> setting, String name) {
            return setting.apply(SETTINGS + name)
                    .map(String::strip)
                    .filter(value -> !value.isEmpty())
                    .orElseThrow(() -> new IllegalStateException(SETTINGS + name + " is empty"));
        }
    }

    /** What the platform said about a position: GPD's status, and its single payment option's. */
    public record Position(String status, String iuv, String noticeNumber, String optionStatus) {

        /** The platform's status in the desk's terms; see the table in {@code docs/pagopa.md}. */
        public Optional<PaymentState> state() {
            if ("PO_PAID".equals(optionStatus)
                    || "PO_PARTIALLY_REPORTED".equals(optionStatus)
                    || "PO_REPORTED".equals(optionStatus)) {
                return Optional.of(PaymentState.PAID);
            }
            return Optional.ofNullable(
                    switch (status == null ? "" : status) {
                        case "DRAFT", "PUBLISHED" -> PaymentState.CREATING;
                        case "VALID", "PARTIALLY_PAID" -> PaymentState.TO_PAY;
                        case "PAID", "REPORTED" -> PaymentState.PAID;
                        case "EXPIRED" -> PaymentState.EXPIRED;
                        case "INVALID" -> PaymentState.CANCELLED;
                        default -> null;
                    });
        }
    }

    @Inject
    Config config;

    @Inject
    Municipality municipality;

    /** Waited before a second attempt, twice that before a third, and so on. */
    Duration backoff = Duration.ofMillis(500);

    private volatile Settings settings;
    private volatile HttpClient client;

    public PagoPaIntermediary() {
        // for CDI: the settings are read on first use, so that merely listing intermediaries reads none
    }

    PagoPaIntermediary(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BigDecimal fee() {
        // the payer chooses a payment service provider, and its fee, inside Checkout
        return BigDecimal.ZERO;
    }

    /** Asks GPD's address with a {@code HEAD}: any answer below 500 says the platform is there. */
    @Override
    public Reachability reachability() {
        URI address = settings().gpdUrl();
        HttpRequest request = HttpRequest.newBuilder(address)
                .timeout(PROBE_TIMEOUT)
                .header(KEY_HEADER, settings().subscriptionKey())
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            int status = client().send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return status < 500 ? Reachability.reached(address.getHost()) : Reachability.unreachable("HTTP " + status);
        } catch (IOException e) {
            return Reachability.unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reachability.unreachable(e);
        }
    }

    /**
     * Creates the position on GPD already published ({@code toPublish=true}), under its IUPD and
     * with the IUV the desk gave it, and checks that the platform answers the same IUV and codice
     * avviso. A position the platform already holds under this IUPD with the same IUV (a first
     * attempt whose answer was lost) counts as created.
     */
    @Override
    public void register(Payment payment) {
        String iupd = iupd(payment);
        Answer answer = call(
                "createPosition",
                iupd,
                post(URI.create(positions() + "?toPublish=true"), createPosition(payment)),
                true);
        if (answer.status() == 409) {
            Position existing = position(payment).orElseThrow(() -> refused("createPosition", iupd, answer.status()));
            check(existing.iuv(), existing.noticeNumber(), payment, "createPosition");
            return;
        }
        if (answer.status() != 201) {
            throw refused("createPosition", iupd, answer.status());
        }
        JsonObject created = json(answer, "createPosition", iupd);
        JsonObject option = firstOption(created, "createPosition", iupd);
        check(option.getString("iuv", null), option.getString("nav", null), payment, "createPosition");
    }

    /**
     * Invalidates the position on GPD. A position the platform already holds as invalid counts as
     * invalidated (a repeated request); one it holds as paid or reported cannot be, and is refused.
     */
    @Override
    public void invalidate(Payment payment) {
        String iupd = iupd(payment);
        Answer answer = call(
                "invalidatePosition",
                iupd,
                post(URI.create(position(iupd) + "/invalidate"), JsonValue.EMPTY_JSON_OBJECT),
                true);
        if (answer.status() == 200) {
            return;
        }
        if (answer.status() == 409
                && position(payment)
                        .map(Position::status)
                        .filter("INVALID"::equals)
                        .isPresent()) {
            return;
        }
        throw refused("invalidatePosition", iupd, answer.status());
    }

    @Override
    public Optional<PaymentState> state(Payment payment) {
        return position(payment).flatMap(Position::state);
    }

    /** The position as GPD holds it; empty when GPD has none under its IUPD. */
    public Optional<Position> position(Payment payment) {
        String iupd = iupd(payment);
        Answer answer = call("getPosition", iupd, get(position(iupd)), true);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        if (answer.status() != 200) {
            throw refused("getPosition", iupd, answer.status());
        }
        JsonObject found = json(answer, "getPosition", iupd);
        JsonObject option = firstOption(found, "getPosition", iupd);
        return Optional.of(new Position(
                found.getString("status", null),
                option.getString("iuv", null),
                option.getString("nav", null),
                option.getString("status", null)));
    }

    /**
     * The receipt the GPD receipts service keeps for the position's IUV, read from its XML
     * ({@code paSendRT}'s {@code receipt}); empty while there is none or when its outcome is not
     * {@code OK}. Only the receipt's identifiers, amounts and time are read: its debtor and payer
     * stay in the platform.
     */
    @Override
    public Optional<PlatformReceipt> receipt(Payment payment) {
        String iuv = payment.getIuv();
        if (iuv == null) {
            return Optional.empty();
        }
        Answer answer = call(
                "getReceipt",
                iuv,
                get(URI.create(base(settings().receiptsUrl()) + "/payments/"
                        + settings().taxCode() + "/receipts/" + iuv)),
                true);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        if (answer.status() != 200) {
            throw refused("getReceipt", iuv, answer.status());
        }
        return parseReceipt(answer.body(), payment);
    }

    /**
     * Opens a Checkout cart for one to {@value #MAX_NOTICES} notices and answers the address
     * Checkout redirects to. The citizen comes back to {@code returnUrl} with {@code esito=ok},
     * {@code esito=annullato} or {@code esito=errore}; the outcome itself is read from the
     * platform, so {@code notificationUrl} is not used. Not retried: each request opens a cart.
     */
    @Override
    public URI checkout(FiscalCode payer, List<Payment> payments, String returnUrl, String notificationUrl) {
        if (payments.isEmpty() || payments.size() > MAX_NOTICES) {
            throw new PaymentRefusedException("payment.checkout.count", MAX_NOTICES);
        }
        String reference =
                "cart of " + payments.size() + " notice(s) " + payments.get(0).getIuv();
        Answer answer = call(
                "postCarts",
                reference,
                post(URI.create(base(settings().checkoutUrl()) + "/carts"), cart(payments, returnUrl)),
                false);
        if (answer.status() != 302 || answer.location().isEmpty()) {
            throw refused("postCarts", reference, answer.status());
        }
        try {
            return URI.create(answer.location().get());
        } catch (IllegalArgumentException e) {
            throw new IntermediaryException("pagoPA postCarts " + reference + ": the redirect is not an address");
        }
    }

    /** GPD's identifier of the position: the municipality's tax code and the position's IUD. */
    public String iupd(Payment payment) {
        return settings().taxCode() + "-" + payment.getIud();
    }

    // --- the requests ------------------------------------------------------------------------------

    /** The body of {@code createPosition}: GPD's {@code PaymentPositionModel}. */
    JsonObject createPosition(Payment payment) {
        Settings s = settings();
        long cents = cents(payment.getAmount());
        String reason = payment.getReason();
        JsonObjectBuilder transfer = JSON.createObjectBuilder()
                .add("idTransfer", "1")
                .add("amount", cents)
                .add("organizationFiscalCode", s.taxCode())
                .add("remittanceInformation", reason)
                .add("category", s.taxonomy())
                .add("iban", s.iban());
        JsonObjectBuilder option = JSON.createObjectBuilder()
                .add("iuv", payment.getIuv())
                .add("amount", cents)
                .add("description", reason)
                .add("isPartialPayment", false)
                // the end of the due day in Italy, as an instant
                .add(
                        "dueDate",
                        payment.getDueDate()
                                .plusDays(1)
                                .atStartOfDay(Clocks.ITALY)
                                .minusSeconds(1)
                                .toInstant()
                                .toString())
                .add("transfer", JSON.createArrayBuilder().add(transfer));
        String fiscalCode = payment.getPayerFiscalCode();
        JsonObjectBuilder position = JSON.createObjectBuilder()
                .add("iupd", iupd(payment))
                .add("type", fiscalCode.length() == 11 ? "G" : "F")
                .add("fiscalCode", fiscalCode)
                .add("fullName", payment.getPayerName())
                .add("companyName", limit(s.companyName(), 140))
                // an expired position can still be paid: the desk marks it scaduto, not void
                .add("switchToExpired", false)
                .add("paymentOption", JSON.createArrayBuilder().add(option));
        if (payment.getPayerEmail() != null && !payment.getPayerEmail().isBlank()) {
            position.add("email", payment.getPayerEmail());
        }
        return position.build();
    }

    /** The body of {@code PostCarts}: Checkout's {@code CartRequest}. */
    JsonObject cart(List<Payment> payments, String returnUrl) {
        Settings s = settings();
        JsonArrayBuilder notices = JSON.createArrayBuilder();
        for (Payment payment : payments) {
            notices.add(JSON.createObjectBuilder()
                    .add(
                            "noticeNumber",
                            payment.getNoticeNumber()
                                    .orElseThrow(() -> new PaymentRefusedException("payment.not_payable"))
                                    .value())
                    .add("fiscalCode", s.taxCode())
                    .add("amount", cents(payment.getAmount()))
                    .add("companyName", limit(s.companyName(), 140))
                    .add("description", payment.getReason()));
        }
        JsonObjectBuilder cart = JSON.createObjectBuilder()
                .add("paymentNotices", notices)
                .add(
                        "returnUrls",
                        JSON.createObjectBuilder()
                                .add("returnOkUrl", withOutcome(returnUrl, "ok"))
                                .add("returnCancelUrl", withOutcome(returnUrl, "annullato"))
                                .add("returnErrorUrl", withOutcome(returnUrl, "errore")));
        payments.stream()
                .map(Payment::getPayerEmail)
                .filter(email -> email != null && !email.isBlank())
                .findFirst()
                .ifPresent(email -> cart.add("emailNotice", email));
        return cart.build();
    }

    private static String withOutcome(String returnUrl, String outcome) {
        return returnUrl + (returnUrl.contains("?") ? "&" : "?") + "esito=" + outcome;
    }

    private URI positions() {
        return URI.create(
                base(settings().gpdUrl()) + "/organizations/" + settings().taxCode() + "/debtpositions");
    }

    private URI position(String iupd) {
        return URI.create(positions() + "/" + iupd);
    }

    private static String base(URI url) {
        String text = url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static HttpRequest.Builder post(URI uri, JsonObject body) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private static HttpRequest.Builder get(URI uri) {
        return HttpRequest.newBuilder(uri).GET();
    }

    // --- the calls ---------------------------------------------------------------------------------

    private record Answer(int status, String body, Optional<String> location) {}

    /**
     * One call, with as many attempts as the settings allow when {@code repeatable}: a timeout, a
     * failed connection and a 5xx are tried again after a pause; any other answer is returned.
     */
    private Answer call(String operation, String reference, HttpRequest.Builder builder, boolean repeatable) {
        Settings s = settings();
        HttpRequest request = builder.timeout(s.timeout())
                .header(KEY_HEADER, s.subscriptionKey())
                .build();
        int attempts = repeatable ? 1 + Math.max(0, s.retries()) : 1;
        for (int attempt = 1; ; attempt++) {
            long start = System.nanoTime();
            int at = attempt;
            try {
                HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
                LOG.info(() -> line(operation, reference, "HTTP " + response.statusCode(), start, at, attempts));
                if (response.statusCode() >= 500 && attempt < attempts) {
                    pause(attempt);
                    continue;
                }
                if (response.statusCode() >= 500) {
                    throw new IntermediaryException("pagoPA " + operation + " " + reference + ": HTTP "
                            + response.statusCode() + " after " + attempt + " attempt(s)");
                }
                return new Answer(
                        response.statusCode(),
                        response.body(),
                        response.headers().firstValue("Location"));
            } catch (IOException e) {
                String failure = e instanceof HttpTimeoutException
                        ? "timeout"
                        : e.getClass().getSimpleName();
                LOG.info(() -> line(operation, reference, failure, start, at, attempts));
                if (attempt >= attempts) {
                    throw new IntermediaryException("pagoPA " + operation + " " + reference + ": no answer (" + failure
                            + ") after " + attempt + " attempt(s)");
                }
                pause(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IntermediaryException("pagoPA " + operation + " " + reference + ": interrupted");
            }
        }
    }

    private static String line(
            String operation, String reference, String outcome, long start, int attempt, int attempts) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return "pagoPA " + operation + " " + reference + ": " + outcome + " in " + millis + " ms (attempt " + attempt
                + "/" + attempts + ")";
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(backoff.multipliedBy(attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntermediaryException("pagoPA: interrupted while waiting to retry");
        }
    }

    private static IntermediaryException refused(String operation, String reference, int status) {
        return new IntermediaryException("pagoPA " + operation + " " + reference + ": HTTP " + status);
    }

    // --- the answers -------------------------------------------------------------------------------

    private static JsonObject json(Answer answer, String operation, String reference) {
        try (JsonReader reader = JSON.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IntermediaryException("pagoPA " + operation + " " + reference + ": the answer is not JSON");
        }
    }

    private static JsonObject firstOption(JsonObject position, String operation, String reference) {
        JsonArray options = position.getJsonArray("paymentOption");
        if (options == null || options.isEmpty() || options.get(0).getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IntermediaryException("pagoPA " + operation + " " + reference + ": no payment option");
        }
        return options.getJsonObject(0);
    }

    /** The platform must know the position by the desk's IUV and codice avviso (nav, when it says one). */
    private void check(String iuv, String nav, Payment payment, String operation) {
        String expectedNav = payment.getNoticeNumber().orElseThrow().value();
        if (!payment.getIuv().equals(iuv) || (nav != null && !expectedNav.equals(nav))) {
            throw new IntermediaryException("pagoPA " + operation + " " + iupd(payment)
                    + ": the platform holds it under another IUV or codice avviso");
        }
    }

    private static Optional<PlatformReceipt> parseReceipt(String xml, Payment payment) {
        Document receipt;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            receipt = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IntermediaryException("pagoPA getReceipt " + payment.getIuv() + ": the receipt is not XML");
        }
        String outcome = text(receipt, "outcome");
        if (!"OK".equals(outcome)) {
            return Optional.empty();
        }
        String noticeNumber = text(receipt, "noticeNumber");
        String expected = payment.getNoticeNumber().orElseThrow().value();
        if (!expected.equals(noticeNumber)) {
            throw new IntermediaryException(
                    "pagoPA getReceipt " + payment.getIuv() + ": the receipt is of another notice");
        }
        try {
            String fee = text(receipt, "fee");
            String paidAt = text(receipt, "paymentDateTime");
            return Optional.of(new PlatformReceipt(
                    required(text(receipt, "receiptId"), payment),
                    noticeNumber,
                    new BigDecimal(required(text(receipt, "paymentAmount"), payment)),
                    fee == null ? null : new BigDecimal(fee),
                    paidAt == null ? null : instant(paidAt)));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IntermediaryException(
                    "pagoPA getReceipt " + payment.getIuv() + ": a field of the receipt is wrong");
        }
    }

    private static String required(String value, Payment payment) {
        if (value == null) {
            throw new IntermediaryException("pagoPA getReceipt " + payment.getIuv() + ": the receipt lacks a field");
        }
        return value;
    }

    /** The text of the first element with this local name in the receipt itself (not in its debtor). */
    private static String text(Document document, String localName) {
        NodeList found = document.getElementsByTagNameNS("*", localName);
        if (found.getLength() == 0) {
            return null;
        }
        String text = found.item(0).getTextContent();
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** {@code xsd:dateTime}, with or without its offset; without one it is Italian time. */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).atZone(Clocks.ITALY).toInstant();
        }
    }

    private static long cents(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }

    private static String limit(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    // --- settings and client -----------------------------------------------------------------------

    Settings settings() {
        Settings read = settings;
        if (read == null) {
            read = Settings.read(
                    name -> config.getOptionalValue(name, String.class),
                    municipality.getTaxCode(),
                    municipality.getName());
            settings = read;
        }
        return read;
    }

    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            // redirects are answers here: Checkout's 302 carries the address to send the citizen to
            made = HttpClient.newBuilder()
                    .connectTimeout(settings().timeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            client = made;
        }
        return made;
    }
}
