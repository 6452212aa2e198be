package it.sportello.payment.control;

import static it.sportello.platform.text.JsonFactory.JSON;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.identity.entity.FiscalCode;
import it.sportello.payment.entity.Payment;
import it.sportello.payment.entity.PaymentState;
import it.sportello.platform.Reachability;
import it.sportello.platform.links.PublicLinks;
import it.sportello.platform.links.PublicPage;
import it.sportello.platform.logging.Logs;

/**
 * SIMULATION of a pagoPA intermediary, for demos and tests: no money moves and nothing leaves this
 * server. It accepts every debt position, and its checkout ({@link PublicPage#SIMULATED_CHECKOUT})
 * shows the notices with a test card and a fee, lets the tester pay or fail, and then notifies the
 * desk over HTTP at the notification endpoint, with the token and the body a real intermediary
 * would send, before sending the citizen back. Checkouts live in memory: a restart forgets them.
 * <p>
 * A checkout is shown and completed only for the citizen who started it, since it names the
 * notices and the amounts; and, as the real platform refuses to take a paid notice twice, a
 * checkout with a position paid meanwhile (through another checkout, or at a counter) cannot be
 * paid.
 */
@ApplicationScoped
public class SimulatedIntermediary implements Intermediary {

    public static final String NAME = "simulated";
    /** The test card the checkout fills in: a well-known test number that no real bank issues. */
    public static final String TEST_CARD = "4242 4242 4242 4242";

    private static final Logger LOG = Logs.of(SimulatedIntermediary.class);

    /** One line of a checkout: what the page shows and what the notification names. */
    public record Line(String iuv, String noticeNumber, String reason, BigDecimal amount) implements Serializable {}

    /** A checkout in progress, started by {@code payer}; its page keeps it, so it is Serializable. */
    public record Checkout(
            String id, FiscalCode payer, List<Line> lines, BigDecimal fee, String returnUrl, String notificationUrl)
            implements Serializable {

        public BigDecimal total() {
            return lines.stream().map(Line::amount).reduce(fee, BigDecimal::add);
        }
    }

    private final Map<String, Checkout> checkouts = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "sportello.payment.simulated.fee")
    BigDecimal fee;

    @Inject
    @ConfigProperty(name = "sportello.payment.notification-token")
    String token;

    @Inject
    Clock clock;

    @Inject
    PublicLinks links;

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return NAME;
    }

    /** Inside the desk itself: always there. */
    @Override
    public Reachability reachability() {
        return Reachability.reached(NAME);
    }

    @Override
    public void register(Payment payment) {
        // the simulation keeps no positions of its own: the checkout reads them from the desk's
    }

    @Override
    public URI checkout(FiscalCode payer, List<Payment> payments, String returnUrl, String notificationUrl) {
        List<Line> lines = payments.stream()
                .map(p -> new Line(p.getIuv(), p.getNoticeNumber().orElseThrow().value(), p.getReason(), p.getAmount()))
                .toList();
        return URI.create(links.path(PublicPage.SIMULATED_CHECKOUT)
                + open(payer, lines, returnUrl, notificationUrl).id());
    }

    Checkout open(FiscalCode payer, List<Line> lines, String returnUrl, String notificationUrl) {
        Checkout checkout = new Checkout(
                UUID.randomUUID().toString(), Objects.requireNonNull(payer), lines, fee, returnUrl, notificationUrl);
        checkouts.put(checkout.id(), checkout);
        return checkout;
    }

    @Override
    public BigDecimal fee() {
        return fee;
    }

    /** The checkout, if it exists and {@code payer} started it: to anybody else it does not exist. */
    public Optional<Checkout> find(String id, FiscalCode payer) {
        return Optional.ofNullable(id)
                .map(checkouts::get)
                .filter(checkout -> checkout.payer().equals(payer));
    }

    /** Whether a position of the checkout was paid since it started: then it cannot be paid again. */
    public boolean alreadyPaid(Checkout checkout) {
        return em.createQuery("SELECT COUNT(p) FROM Payment p WHERE p.iuv IN :iuvs AND p.state = :paid", Long.class)
                        .setParameter(
                                "iuvs", checkout.lines().stream().map(Line::iuv).toList())
                        .setParameter("paid", PaymentState.PAID)
                        .getSingleResult()
                > 0;
    }

    /**
     * The payer paid or gave up: the desk is notified of every position, as the real platform
     * would, and the checkout is closed. A checkout with a position already paid is closed without
     * taking a payment. Answers where to send the citizen back.
     */
    public String complete(String id, FiscalCode payer, boolean paid) {
        Checkout checkout = find(id, payer).orElseThrow(() -> new IllegalArgumentException("No such checkout"));
        if (!checkouts.remove(id, checkout)) {
            throw new IllegalArgumentException("No such checkout");
        }
        if (paid && alreadyPaid(checkout)) {
            return checkout.returnUrl();
        }
        String receipt = "SIM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        for (int i = 0; i < checkout.lines().size(); i++) {
            Line line = checkout.lines().get(i);
            // the whole fee on the first position: one fee per checkout
            BigDecimal lineFee = paid && i == 0 ? checkout.fee() : BigDecimal.ZERO;
            notifyDesk(checkout.notificationUrl(), notification(line.iuv(), paid, receipt + "-" + (i + 1), lineFee));
        }
        return checkout.returnUrl();
    }

    /** The body of a notification, as the notification endpoint reads it. */
    public String notification(String iuv, boolean paid, String receiptId, BigDecimal paidFee) {
        var body = JSON.createObjectBuilder().add("iuv", iuv).add("outcome", paid ? "PAID" : "FAILED");
        if (paid) {
            body.add("receiptId", receiptId)
                    .add("paidAt", clock.instant().toString())
                    .add("fee", paidFee);
        }
        return body.build().toString();
    }

    private void notifyDesk(String url, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header(NotificationToken.HEADER, token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                LOG.warning(() -> "The desk answered " + response.statusCode() + " to a simulated notification: "
                        + response.body());
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "The desk could not be notified at " + url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
