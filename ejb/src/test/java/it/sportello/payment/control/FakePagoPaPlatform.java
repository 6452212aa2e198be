package it.sportello.payment.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A FAKE of the pagoPA platform for tests and demonstrations of {@link PagoPaIntermediary}: the
 * subset of GPD (debt positions v1), of GPD's receipts service and of Checkout (EC API v1) the
 * connector calls, on a free loopback port. Request bodies, and the bodies it answers, are checked
 * against the schemas of the published OpenAPI documents copied in {@code src/test/resources/pagopa}
 * ({@link #violations()}); a request that breaks them is answered 400, as the platform would.
 * <p>
 * It can be told to misbehave on the next requests: answer 500, answer slowly, never answer
 * (until it is closed), or handle a request and then lose the answer; and to serve a position's
 * receipt in a given sequence of answers (the same receipt again, "none yet" after it, ...).
 */
final class FakePagoPaPlatform implements AutoCloseable {

    static final String KEY = "fake-subscription-key";

    /** A request as the fake received it. */
    record Received(String method, String path, String query, String key, String body) {}

    private enum Trouble {
        FAIL,
        SLOW,
        HANG,
        LOSE_ANSWER
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern POSITIONS = Pattern.compile("/gpd/organizations/(\\d{11})/debtpositions");
    private static final Pattern POSITION =
            Pattern.compile("/gpd/organizations/(\\d{11})/debtpositions/([\\w-]+)(/invalidate)?");
    private static final Pattern RECEIPT = Pattern.compile("/receipts/payments/(\\d{11})/receipts/(\\w+)");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Map<String, ObjectNode> positions = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedDeque<Optional<String>>> receipts = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<Trouble> troubles = new ConcurrentLinkedDeque<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private volatile Duration slowness = Duration.ZERO;

    private final JsonSchema positionModel;
    private final JsonSchema positionResponse;
    private final JsonSchema cartRequest;

    FakePagoPaPlatform() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        positionModel = factory.getSchema(
                SchemaLocation.of("classpath:pagopa/gpd-v1.json#/components/schemas/PaymentPositionModel"), config);
        positionResponse = factory.getSchema(
                SchemaLocation.of("classpath:pagopa/gpd-v1.json#/components/schemas/PaymentPositionModelBaseResponse"),
                config);
        cartRequest = factory.getSchema(
                SchemaLocation.of("classpath:pagopa/checkout-ec-v1.json#/components/schemas/CartRequest"), config);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    // --- what the connector is given ----------------------------------------------------------------

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    URI gpdUrl() {
        return URI.create(base() + "/gpd");
    }

    URI receiptsUrl() {
        return URI.create(base() + "/receipts");
    }

    URI checkoutUrl() {
        return URI.create(base() + "/checkout");
    }

    // --- misbehaving -------------------------------------------------------------------------------

    /** The next {@code times} requests are answered 500 with a problem. */
    FakePagoPaPlatform failNext(int times) {
        add(Trouble.FAIL, times);
        return this;
    }

    /** The next request is answered after {@code delay}. */
    FakePagoPaPlatform slowNext(Duration delay) {
        slowness = delay;
        add(Trouble.SLOW, 1);
        return this;
    }

    /** The next {@code times} requests are never answered (until the fake is closed). */
    FakePagoPaPlatform hangNext(int times) {
        add(Trouble.HANG, times);
        return this;
    }

    /** The next request is carried out, and then its answer never comes (until the fake is closed). */
    FakePagoPaPlatform loseNextAnswer() {
        add(Trouble.LOSE_ANSWER, 1);
        return this;
    }

    private void add(Trouble trouble, int times) {
        for (int i = 0; i < times; i++) {
            troubles.add(trouble);
        }
    }

    // --- the platform's side of a payment ------------------------------------------------------------

    /** The payer paid the position at a counter or in Checkout: paid, and its receipt is kept. */
    void pay(String iupd, String receiptXml) {
        ObjectNode position = positions.get(iupd);
        position.put("status", "PAID");
        ObjectNode option = (ObjectNode) position.get("paymentOption").get(0);
        option.put("status", "PO_PAID");
        receipts(option.get("iuv").asText(), receiptXml);
    }

    /**
     * The answers to the next requests of the IUV's receipt, in order; {@code null} is "no receipt"
     * (404). The last answer is repeated.
     */
    void receipts(String iuv, String... answers) {
        ConcurrentLinkedDeque<Optional<String>> queue = new ConcurrentLinkedDeque<>();
        for (String answer : answers) {
            queue.add(Optional.ofNullable(answer));
        }
        receipts.put(iuv, queue);
    }

    /** A receipt as the receipts service keeps it: the {@code receipt} of {@code paSendRT}. */
    static String receiptXml(
            String receiptId,
            String noticeNumber,
            String iuv,
            String outcome,
            String amount,
            String fee,
            String paidAt,
            String debtorFiscalCode,
            String debtorName) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <pafn:receipt xmlns:pafn="http://pagopa-api.pagopa.gov.it/pa/paForNode.xsd">
                  <receiptId>%s</receiptId>
                  <noticeNumber>%s</noticeNumber>
                  <fiscalCode>00000000000</fiscalCode>
                  <outcome>%s</outcome>
                  <creditorReferenceId>%s</creditorReferenceId>
                  <paymentAmount>%s</paymentAmount>
                  <description>Diritti di segreteria</description>
                  <companyName>Comune di Bugliano</companyName>
                  <debtor>
                    <uniqueIdentifier>
                      <entityUniqueIdentifierType>F</entityUniqueIdentifierType>
                      <entityUniqueIdentifierValue>%s</entityUniqueIdentifierValue>
                    </uniqueIdentifier>
                    <fullName>%s</fullName>
                  </debtor>
                  <transferList>
                    <transfer>
                      <idTransfer>1</idTransfer>
                      <transferAmount>%s</transferAmount>
                      <fiscalCodePA>00000000000</fiscalCodePA>
                      <IBAN>IT60X0542811101000000123456</IBAN>
                      <remittanceInformation>Diritti di segreteria</remittanceInformation>
                      <transferCategory>9/0101108TS/</transferCategory>
                    </transfer>
                  </transferList>
                  <idPSP>FAKEPSP</idPSP>
                  <PSPCompanyName>Fake PSP</PSPCompanyName>
                  <idChannel>FAKEPSP_01</idChannel>
                  <channelDescription>app</channelDescription>
                  <fee>%s</fee>
                  <paymentDateTime>%s</paymentDateTime>
                </pafn:receipt>
                """.formatted(
                receiptId, noticeNumber, outcome, iuv, amount, debtorFiscalCode, debtorName, amount, fee, paidAt);
    }

    // --- what it saw --------------------------------------------------------------------------------

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    List<Received> received(String method, String pathPart) {
        return received().stream()
                .filter(r -> r.method().equals(method) && r.path().contains(pathPart))
                .toList();
    }

    /** Every way a request, or an answer of the fake itself, broke the OpenAPI schemas. */
    List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    Optional<ObjectNode> position(String iupd) {
        return Optional.ofNullable(positions.get(iupd));
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    // --- serving ------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String key = exchange.getRequestHeaders().getFirst(PagoPaIntermediary.KEY_HEADER);
            URI uri = exchange.getRequestURI();
            received.add(new Received(exchange.getRequestMethod(), uri.getPath(), uri.getQuery(), key, body));
            Trouble trouble = troubles.poll();
            if (trouble == Trouble.HANG) {
                awaitClose(Duration.ofMinutes(1));
                return;
            }
            if (trouble == Trouble.SLOW) {
                awaitClose(slowness);
            }
            if (trouble == Trouble.FAIL) {
                send(exchange, 500, problem(500, "Service unavailable"));
                return;
            }
            if (!KEY.equals(key)) {
                send(exchange, 401, "");
                return;
            }
            Answer answer = answer(exchange.getRequestMethod(), uri, body);
            if (trouble == Trouble.LOSE_ANSWER) {
                awaitClose(Duration.ofMinutes(1));
                return;
            }
            answer.location()
                    .ifPresent(location -> exchange.getResponseHeaders().add("Location", location));
            exchange.getResponseHeaders().add("Content-Type", answer.type());
            send(exchange, answer.status(), answer.body());
        } finally {
            exchange.close();
        }
    }

    private record Answer(int status, String body, String type, Optional<String> location) {

        static Answer json(int status, JsonNode body) {
            return new Answer(status, body.toString(), "application/json", Optional.empty());
        }
    }

    private Answer answer(String method, URI uri, String body) throws IOException {
        String path = uri.getPath();
        Matcher positionsPath = POSITIONS.matcher(path);
        Matcher positionPath = POSITION.matcher(path);
        Matcher receiptPath = RECEIPT.matcher(path);
        if (method.equals("HEAD")) {
            return new Answer(200, "", "text/plain", Optional.empty());
        }
        if (method.equals("POST") && positionsPath.matches()) {
            return create(positionsPath.group(1), "toPublish=true".equals(uri.getQuery()), body);
        }
        if (positionPath.matches()) {
            ObjectNode position = positions.get(positionPath.group(2));
            if (position == null) {
                return Answer.json(404, problem(404, "Not found"));
            }
            if (method.equals("POST") && positionPath.group(3) != null) {
                return invalidate(position);
            }
            if (method.equals("GET") && positionPath.group(3) == null) {
                return Answer.json(200, checked(positionResponse, baseResponse(position)));
            }
        }
        if (method.equals("GET") && receiptPath.matches()) {
            ConcurrentLinkedDeque<Optional<String>> queue = receipts.get(receiptPath.group(2));
            Optional<String> next = queue == null ? Optional.empty() : (queue.size() > 1 ? queue.poll() : queue.peek());
            return next.map(xml -> new Answer(200, xml, "application/xml", Optional.empty()))
                    .orElseGet(() -> Answer.json(404, problem(404, "No receipt found")));
        }
        if (method.equals("POST") && path.equals("/checkout/carts")) {
            JsonNode cart = MAPPER.readTree(body);
            List<String> wrong = violations(cartRequest, cart, "CartRequest");
            if (!wrong.isEmpty()) {
                return Answer.json(400, problem(400, "Formally invalid input"));
            }
            return new Answer(302, "", "text/plain", Optional.of(base() + "/checkout/c/" + UUID.randomUUID()));
        }
        return Answer.json(404, problem(404, "No such operation in the fake"));
    }

    private Answer create(String taxCode, boolean toPublish, String body) throws IOException {
        JsonNode request = MAPPER.readTree(body);
        if (!violations(positionModel, request, "PaymentPositionModel").isEmpty()) {
            return Answer.json(400, problem(400, "Malformed request"));
        }
        ObjectNode position = ((ObjectNode) request).deepCopy();
        position.put("organizationFiscalCode", taxCode);
        position.put("status", toPublish ? "VALID" : "DRAFT");
        for (JsonNode option : position.get("paymentOption")) {
            // the notice number is the aux digit 3 and the IUV, as the platform derives it
            ((ObjectNode) option).put("nav", "3" + option.get("iuv").asText());
            ((ObjectNode) option).put("status", "PO_UNPAID");
        }
        if (positions.putIfAbsent(position.get("iupd").asText(), position) != null) {
            return Answer.json(409, problem(409, "Conflict: duplicate debt position found"));
        }
        ObjectNode answer = position.deepCopy();
        answer.remove("organizationFiscalCode");
        for (JsonNode option : answer.get("paymentOption")) {
            ((ObjectNode) option).remove("status");
        }
        return Answer.json(201, checked(positionModel, answer));
    }

    private Answer invalidate(ObjectNode position) {
        String status = position.get("status").asText();
        if (!status.equals("VALID") && !status.equals("PUBLISHED") && !status.equals("DRAFT")) {
            return Answer.json(409, problem(409, "Conflict: debt position is not in invalidable state"));
        }
        position.put("status", "INVALID");
        ObjectNode answer = position.deepCopy();
        answer.remove("organizationFiscalCode");
        for (JsonNode option : answer.get("paymentOption")) {
            ((ObjectNode) option).remove("status");
        }
        return Answer.json(200, checked(positionModel, answer));
    }

    /** GPD's {@code PaymentPositionModelBaseResponse} of a stored position. */
    private static ObjectNode baseResponse(ObjectNode position) {
        ObjectNode answer = MAPPER.createObjectNode();
        for (String field : List.of("iupd", "organizationFiscalCode", "type", "companyName", "status")) {
            answer.set(field, position.get(field));
        }
        ArrayNode options = answer.putArray("paymentOption");
        for (JsonNode stored : position.get("paymentOption")) {
            ObjectNode option = options.addObject();
            for (String field :
                    List.of("nav", "iuv", "amount", "description", "isPartialPayment", "dueDate", "status")) {
                option.set(field, stored.get(field));
            }
        }
        return answer;
    }

    private JsonNode checked(JsonSchema schema, JsonNode answer) {
        violations(schema, answer, "answer of the fake");
        return answer;
    }

    private List<String> violations(JsonSchema schema, JsonNode node, String what) {
        Set<ValidationMessage> messages = schema.validate(node);
        List<String> found =
                messages.stream().map(m -> what + ": " + m.getMessage()).toList();
        violations.addAll(found);
        return found;
    }

    private static ObjectNode problem(int status, String title) {
        return MAPPER.createObjectNode().put("title", title).put("status", status);
    }

    private void awaitClose(Duration atMost) {
        try {
            closed.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
