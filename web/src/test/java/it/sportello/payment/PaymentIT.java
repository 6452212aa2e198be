package it.sportello.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;
import it.sportello.payment.boundary.Notification;
import it.sportello.payment.boundary.Payments;
import it.sportello.payment.boundary.StampDeclaration;
import it.sportello.payment.control.NotificationToken;
import it.sportello.payment.control.SimulatedIntermediary;
import it.sportello.payment.entity.ChargeMoment;
import it.sportello.payment.entity.Payment;
import it.sportello.payment.entity.PaymentState;
import it.sportello.platform.BusinessException;
import it.sportello.platform.pdf.TextDocument;
import it.sportello.practice.boundary.PracticeDesk;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.boundary.SentFigure;
import it.sportello.practice.boundary.Upload;
import it.sportello.practice.entity.AttachmentPurpose;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.practice.entity.ReleaseCharges;
import it.sportello.practice.entity.StatusChange;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;

/**
 * Payments in the running application: a practice paid at request is sent once, whatever the
 * intermediary's notifications repeat or reorder; a stamp number is used once; a deferred amount
 * waits for its payment, and 0 exempts.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentIT {

    private static final FiscalCode LUCA = FiscalCode.of("VRDLCU75C15G702J");
    /** The notification secret of the embedded settings, which the tests run with. */
    private static final String TOKEN = NotificationToken.DEMO;

    private static final String DRIVEWAY = "permesso-passo-carrabile";
    /** Stamp numbers differ in every run and test: the identifier is unique in the whole database. */
    private static final AtomicLong STAMPS = new AtomicLong(System.currentTimeMillis() % 10_000_000_000L * 1000);

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL base;

    @Inject
    SentFigure sentFigure;

    @EJB
    PracticeWorkflow workflow;

    @EJB
    Practices practices;

    @EJB
    Payments payments;

    @EJB
    PracticeDesk desk;

    @EJB
    Citizens citizens;

    @Inject
    SimulatedIntermediary intermediary;

    @Inject
    Callers callers;

    @BeforeEach
    void citizenHasLoggedIn() {
        citizens.signIn(
                LUCA,
                new PersonalData(
                        "Luca", "Verdi", LocalDate.of(1975, 3, 15), "Pisa", Sex.MALE, "luca.verdi@example.org", null),
                AuthMethod.SPID,
                "https://www.spid.gov.it/SpidL2");
        callers.asCitizen(LUCA);
    }

    @Test
    void repeatedAndOutOfOrderNotificationsLeaveOnePaymentAndOneSending() throws Exception {
        String reference = drivewayWaitingForPayment();
        Practice waiting = practices.owned(reference);
        assertThat(waiting.getStatus()).isEqualTo(PracticeStatus.WAITING_PAYMENT);
        assertThat(waiting.isSent()).isFalse();
        Payment payment = payments.toPay(reference);
        assertThat(payment.getState()).isEqualTo(PaymentState.TO_PAY);
        assertThat(payment.getAmount()).isEqualByComparingTo("20.00");
        assertThat(payment.getNoticeNumber().orElseThrow().value()).hasSize(18).startsWith("301");
        assertThat(payment.getReason()).contains("Cartello passo carrabile", "Luca Verdi");
        long sentBefore = sentFigure.count();

        payments.checkout(List.of(payment.getIud()), "http://localhost/back", "http://localhost/notify");
        assertThat(practices.owned(reference).getStatus()).isEqualTo(PracticeStatus.PAYMENT_PENDING);

        // the same confirmation three times at once, then a late failure of the same checkout
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> deliveries = List.of(1, 2, 3).stream()
                .map(n -> CompletableFuture.runAsync(() -> {
                    try {
                        start.await();
                        payments.notified(new Notification(
                                payment.getIuv(), true, "R-" + n, Instant.now(), new BigDecimal("1.00")));
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .toList();
        start.countDown();
        for (CompletableFuture<Void> delivery : deliveries) {
            delivery.get();
        }
        payments.notified(new Notification(payment.getIuv(), false, null, null, null));

        Payment paid = payments.ofPractice(reference).get(0);
        assertThat(paid.getState()).isEqualTo(PaymentState.PAID);
        assertThat(paid.getReceiptId()).startsWith("R-");
        Practice sent = practices.owned(reference);
        assertThat(sent.getHistory())
                .extracting(StatusChange::getStatus)
                .containsExactly(
                        PracticeStatus.DRAFT,
                        PracticeStatus.WAITING_PAYMENT,
                        PracticeStatus.PAYMENT_PENDING,
                        PracticeStatus.PAYMENT_DONE,
                        PracticeStatus.SUBMITTED,
                        PracticeStatus.ACQUIRED);
        assertThat(sent.isSent()).isTrue();
        assertThat(sentFigure.count()).isEqualTo(sentBefore + 1);
        assertThat(payments.receipt(paid.getIud())).startsWith("%PDF".getBytes());

        // the page asks before offering the action, and gets the same reason the action gives
        assertThat(workflow.withdrawal(reference).isAllowed()).isFalse();
        assertThat(workflow.withdrawal(reference).shownRefusal()).isEqualTo("practice.withdraw.payment");
        assertRefused(() -> workflow.withdraw(reference), "practice.withdraw.payment");
        assertRefused(
                () -> payments.checkout(List.of(paid.getIud()), "http://localhost/back", "http://localhost/notify"),
                "payment.already_paid");
    }

    @Test
    void twoNoticesArePaidTogetherWithOneFeeThroughTheSimulatedCheckout() {
        String one = drivewayWaitingForPayment();
        String other = drivewayWaitingForPayment();
        Payment first = payments.toPay(one);
        Payment second = payments.toPay(other);
        assertRefused(
                () -> payments.checkout(
                        List.of("1", "2", "3", "4", "5", "6"), "http://localhost/back", "http://localhost/notify"),
                "payment.checkout.count");

        URI checkout = payments.checkout(
                List.of(first.getIud(), second.getIud()),
                base + "area-personale/pagamenti.xhtml",
                base + "api/pagopa/notifiche");
        String session = checkout.toString().replaceAll(".*sessione=", "");
        assertThat(intermediary.find(session, LUCA).orElseThrow().total()).isEqualByComparingTo("41.00");
        // the simulation notifies the desk over HTTP, as a real intermediary would, then sends the citizen back
        assertThat(intermediary.complete(session, LUCA, true)).endsWith("area-personale/pagamenti.xhtml");

        List<Payment> paid = List.of(first, second).stream()
                .map(p -> payments.ofCitizen(null, null).stream()
                        .filter(q -> q.getIud().equals(p.getIud()))
                        .findFirst()
                        .orElseThrow())
                .toList();
        assertThat(paid).allMatch(Payment::isPaid);
        assertThat(paid.stream().map(Payment::getFee).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1.00");
        assertThat(List.of(one, other))
                .allMatch(reference -> practices.owned(reference).getStatus() == PracticeStatus.ACQUIRED);
    }

    @Test
    void aCheckoutLeftOpenIsNotPayableOnceItsNoticeIsPaidAndIsOnlyItsPayers() {
        Payment payment = payments.toPay(drivewayWaitingForPayment());
        String left = session(payments.checkout(
                List.of(payment.getIud()), base + "area-personale/pagamenti.xhtml", base + "api/pagopa/notifiche"));
        String paying = session(payments.checkout(
                List.of(payment.getIud()), base + "area-personale/pagamenti.xhtml", base + "api/pagopa/notifiche"));
        assertThat(intermediary.find(left, FiscalCode.of("RSSMRA80A01H501U")))
                .as("somebody else's")
                .isEmpty();
        assertThat(intermediary.alreadyPaid(intermediary.find(left, LUCA).orElseThrow()))
                .isFalse();

        intermediary.complete(paying, LUCA, true);

        assertThat(intermediary.alreadyPaid(intermediary.find(left, LUCA).orElseThrow()))
                .isTrue();
    }

    private static String session(URI checkout) {
        return checkout.toString().replaceAll(".*sessione=", "");
    }

    @Test
    void theNotificationEndpointWantsTheTokenAndTakesARepeatedNotificationCalmly() throws Exception {
        String reference = drivewayWaitingForPayment();
        Payment payment = payments.toPay(reference);
        String body = intermediary.notification(payment.getIuv(), true, "R-HTTP", BigDecimal.ONE);

        assertThat(post(body, "wrong").statusCode()).isEqualTo(401);
        assertThat(payments.ofPractice(reference).get(0).getState()).isEqualTo(PaymentState.TO_PAY);

        assertThat(post(body, "simulated-intermediary-token").statusCode()).isEqualTo(204);
        assertThat(post(body, "simulated-intermediary-token").statusCode()).isEqualTo(204);
        assertThat(post("{\"iuv\":\"01999999999999999\",\"outcome\":\"PAID\"}", "simulated-intermediary-token")
                        .statusCode())
                .isEqualTo(404);
        assertThat(post("{\"outcome\":\"MAYBE\"}", "simulated-intermediary-token")
                        .statusCode())
                .isEqualTo(400);

        assertThat(payments.ofPractice(reference).get(0).getState()).isEqualTo(PaymentState.PAID);
        assertThat(practices.owned(reference).getStatus()).isEqualTo(PracticeStatus.ACQUIRED);
    }

    @Test
    void whatIsNotANotificationIsAProblemDocumentNeverTheServersErrorPage() throws Exception {
        assertProblem(post("{\"iuv\": \"0100", TOKEN), 400);
        assertProblem(post("[\"PAID\"]", TOKEN), 400);
        assertProblem(post("{\"iuv\":\"01999999999999999\",\"outcome\":\"PAID\",\"fee\":1.005}", TOKEN), 400);
        assertProblem(post("{\"iuv\":\"01999999999999999\",\"outcome\":\"PAID\",\"fee\":-1}", TOKEN), 400);
        assertProblem(post("iuv=01999999999999999&outcome=PAID", TOKEN, "application/x-www-form-urlencoded"), 415);
        assertProblem(post("{\"iuv\":\"01999999999999999\",\"outcome\":\"PAID\"}", TOKEN, "text/plain"), 415);
    }

    @Test
    void aStampNumberIsUsedOnceInTheWholeSystem() {
        Practice first = filledDriveway();
        String used = nextStamp();
        payments.declareStamps(first.getReference(), List.of(stamp(used), stamp(nextStamp())));

        Practice second = filledDriveway();
        assertRefused(
                () -> payments.declareStamps(second.getReference(), List.of(stamp(nextStamp()), stamp(used))),
                "payment.stamp.reused");
        assertRefused(
                () -> payments.declareStamps(second.getReference(), List.of(stamp("12345"), stamp(nextStamp()))),
                "payment.stamp.identifier_invalid");
        assertRefused(() -> workflow.send(second.getReference()), "practice.stamps.missing");
        assertThat(payments.stampsOf(first.getReference()))
                .extracting(s -> s.getIdentifier())
                .contains(used);
    }

    @Test
    void zeroExemptsAndADeferredAmountWaitsForItsPaymentBeforeTheOutcome() {
        String exempt = sentDrivewayTakenByTheOperator();
        desk.approve(exempt, "Autorizzato.", null, List.of(), new ReleaseCharges(BigDecimal.ZERO, 0));
        callers.asCitizen(LUCA);
        assertThat(practices.owned(exempt).getStatus()).isEqualTo(PracticeStatus.ACCEPTED);
        assertThat(payments.ofPractice(exempt)).hasSize(1).allMatch(p -> p.getMoment() == ChargeMoment.AT_REQUEST);

        String deferred = sentDrivewayTakenByTheOperator();
        desk.approve(
                deferred,
                "Autorizzato, previo pagamento.",
                null,
                List.of(),
                new ReleaseCharges(new BigDecimal("35.50"), 0));
        callers.asCitizen(LUCA);
        assertThat(practices.owned(deferred).getStatus()).isEqualTo(PracticeStatus.WAITING_PAYMENT);
        Payment due = payments.toPay(deferred);
        assertThat(due.getMoment()).isEqualTo(ChargeMoment.AT_RELEASE);
        assertThat(due.getAmount()).isEqualByComparingTo("35.50");
        assertThat(payments.notice(due.getIud())).startsWith("%PDF".getBytes());

        callers.asStaff("operatore");
        payments.register(deferred, "Pagato in contanti allo sportello.", false);
        callers.asCitizen(LUCA);
        Practice released = practices.owned(deferred);
        assertThat(released.getStatus()).isEqualTo(PracticeStatus.ACCEPTED);
        assertThat(released.getNotes()).extracting(n -> n.getText()).contains("Pagato in contanti allo sportello.");
        callers.asStaff("operatore");
        assertRefused(() -> payments.register(deferred, "Di nuovo", false), "payment.register.none");
    }

    @Test
    void stampDutiesAskedOnApprovalAreProvidedByTheCitizenAndReleaseTheOutcome() {
        String reference = sentDrivewayTakenByTheOperator();
        callers.asCitizen(LUCA);
        String usedAtRequest = payments.stampsOf(reference).get(0).getIdentifier();
        callers.asStaff("operatore");
        desk.approve(
                reference,
                "Autorizzato: serve la marca sul provvedimento.",
                null,
                List.of(),
                new ReleaseCharges(BigDecimal.ZERO, 1));
        callers.asCitizen(LUCA);
        assertThat(practices.owned(reference).getStatus()).isEqualTo(PracticeStatus.WAITING_STAMP_DUTY);

        assertRefused(() -> payments.provideStamps(reference, List.of(stamp(usedAtRequest))), "payment.stamp.reused");
        payments.provideStamps(reference, List.of(stamp(nextStamp())));

        assertThat(practices.owned(reference).getStatus()).isEqualTo(PracticeStatus.ACCEPTED);
        assertThat(payments.stampsOf(reference))
                .hasSize(3)
                .filteredOn(s -> s.getMoment() == ChargeMoment.AT_RELEASE)
                .singleElement()
                .satisfies(s -> assertThat(s.isDeclared()).isTrue());
        assertRefused(
                () -> payments.provideStamps(reference, List.of(stamp(nextStamp()))), "payment.stamp.not_waiting");
    }

    // --- set-up through the boundaries ------------------------------------------------------------

    /** A driveway permit filled by the citizen logged in. */
    private Practice filledDriveway() {
        Practice practice = workflow.start(DRIVEWAY, null);
        String reference = practice.getReference();
        workflow.acceptPrivacy(reference);
        workflow.actForSelf(reference);
        workflow.fill(
                reference,
                Map.of(
                        "tipo_richiesta",
                        "ATTIVAZIONE",
                        "ubicazione",
                        Map.of(
                                "street",
                                "Via Roma",
                                "number",
                                "3",
                                "country",
                                "IT",
                                "province",
                                "PI",
                                "comune",
                                "Pisa",
                                "cap",
                                "56121"),
                        "larghezza",
                        "3",
                        "durata",
                        "permanente",
                        "data_inizio",
                        LocalDate.now().plusDays(5).toString()),
                300);
        workflow.attach(
                reference,
                AttachmentPurpose.FORM,
                "planimetria",
                new Upload("planimetria.pdf", TextDocument.render("Luca Verdi", "Planimetria", "it", List.of())));
        return practice;
    }

    private String drivewayWaitingForPayment() {
        Practice practice = filledDriveway();
        payments.declareStamps(practice.getReference(), List.of(stamp(nextStamp()), stamp(nextStamp())));
        return workflow.send(practice.getReference()).getReference();
    }

    /** A driveway permit Luca sent and paid, taken in charge by the operator, who is logged in from then on. */
    private String sentDrivewayTakenByTheOperator() {
        callers.asCitizen(LUCA);
        String reference = drivewayWaitingForPayment();
        Payment payment = payments.toPay(reference);
        payments.notified(new Notification(payment.getIuv(), true, "R-" + reference, Instant.now(), BigDecimal.ONE));
        callers.asStaff("operatore");
        desk.takeCharge(reference);
        return reference;
    }

    private static StampDeclaration stamp(String identifier) {
        return new StampDeclaration(identifier, LocalDateTime.now().minusDays(1));
    }

    private static String nextStamp() {
        return String.format("%014d", STAMPS.incrementAndGet());
    }

    private HttpResponse<String> post(String body, String token) throws Exception {
        return post(body, token, "application/json");
    }

    private HttpResponse<String> post(String body, String token, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/pagopa/notifiche"))
                .header("Content-Type", contentType)
                .header(NotificationToken.HEADER, token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** An answer in the problem details format (RFC 9457) with that status. */
    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            assertThat(reader.readObject().getInt("status")).isEqualTo(status);
        }
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo(key);
    }
}
