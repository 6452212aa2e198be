package it.sportello.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import it.sportello.identity.entity.FiscalCode;
import it.sportello.payment.control.Intermediary.IntermediaryException;
import it.sportello.payment.entity.ChargeMoment;
import it.sportello.payment.entity.NoticeNumber;
import it.sportello.payment.entity.Payment;
import it.sportello.payment.entity.PaymentRefusedException;
import it.sportello.payment.entity.PaymentState;

class PagoPaIntermediaryTest {

    private static final String TAX_CODE = "00000000000";
    private static final String IBAN = "IT60X0542811101000000123456";
    private static final String TAXONOMY = "9/0101108TS/";
    private static final String PAYER_CODE = "RSSMRA80A01H501U";
    private static final String PAYER_NAME = "Mario Rossi";
    private static final String PAYER_EMAIL = "mario.rossi@example.it";
    private static final Payment.Payer PAYER =
            new Payment.Payer(PAYER_NAME, PAYER_CODE, "Via Roma 1, 56031 Bugliano (PI)", PAYER_EMAIL);
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final AtomicLong BASES = new AtomicLong(1000);
    private static final String RETURN_URL = "https://sportello.example/area-personale/pagamenti.xhtml";

    private FakePagoPaPlatform platform;
    private PagoPaIntermediary connector;
    private final List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void aPlatform() throws Exception {
        platform = new FakePagoPaPlatform();
        connector = connector(Duration.ofSeconds(5), 2);
        Logger.getLogger(PagoPaIntermediary.class.getName()).addHandler(capture);
    }

    @AfterEach
    void closeIt() {
        Logger.getLogger(PagoPaIntermediary.class.getName()).removeHandler(capture);
        platform.close();
    }

    private PagoPaIntermediary connector(Duration timeout, int retries) {
        PagoPaIntermediary made = new PagoPaIntermediary(new PagoPaIntermediary.Settings(
                platform.gpdUrl(),
                platform.receiptsUrl(),
                platform.checkoutUrl(),
                FakePagoPaPlatform.KEY,
                IBAN,
                TAXONOMY,
                timeout,
                retries,
                TAX_CODE,
                "Comune di Bugliano"));
        made.backoff = Duration.ZERO;
        return made;
    }

    private static Payment payment(String amount) {
        Payment payment = new Payment(
                null,
                ChargeMoment.AT_REQUEST,
                new BigDecimal(amount),
                "Diritti di segreteria",
                PAYER,
                LocalDate.of(2026, 4, 1),
                NOW);
        payment.number(NoticeNumber.issue("01", BASES.incrementAndGet()));
        return payment;
    }

    private Payment registered(String amount) {
        Payment payment = payment(amount);
        connector.register(payment);
        return payment;
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String receipt(Payment payment, String receiptId, String outcome) {
        return FakePagoPaPlatform.receiptXml(
                receiptId,
                payment.getNoticeNumber().orElseThrow().value(),
                payment.getIuv(),
                outcome,
                payment.getAmount().toPlainString(),
                "0.50",
                "2026-03-05T11:30:00",
                PAYER_CODE,
                PAYER_NAME);
    }

    // --- debt positions ------------------------------------------------------------------------------

    @Test
    void registerCreatesAPublishedPositionOfTheShapeGpdDescribes() {
        Payment payment = registered("20.00");

        List<FakePagoPaPlatform.Received> creations = platform.received("POST", "/debtpositions");
        assertThat(creations).hasSize(1);
        FakePagoPaPlatform.Received creation = creations.get(0);
        assertThat(creation.path()).isEqualTo("/gpd/organizations/" + TAX_CODE + "/debtpositions");
        assertThat(creation.query()).isEqualTo("toPublish=true");
        assertThat(creation.key()).isEqualTo(FakePagoPaPlatform.KEY);
        assertThat(platform.violations()).isEmpty();

        JsonObject body = json(creation.body());
        assertThat(body.getString("iupd")).isEqualTo(TAX_CODE + "-" + payment.getIud());
        assertThat(body.getString("type")).isEqualTo("F");
        assertThat(body.getString("fiscalCode")).isEqualTo(PAYER_CODE);
        JsonObject option = body.getJsonArray("paymentOption").getJsonObject(0);
        assertThat(option.getString("iuv")).isEqualTo(payment.getIuv());
        assertThat(option.getJsonNumber("amount").longValue()).isEqualTo(2000);
        assertThat(option.getString("dueDate")).isEqualTo("2026-04-01T21:59:59Z");
        JsonObject transfer = option.getJsonArray("transfer").getJsonObject(0);
        assertThat(transfer.getString("iban")).isEqualTo(IBAN);
        assertThat(transfer.getString("category")).isEqualTo(TAXONOMY);
        assertThat(transfer.getString("organizationFiscalCode")).isEqualTo(TAX_CODE);
        assertThat(transfer.getJsonNumber("amount").longValue()).isEqualTo(2000);

        PagoPaIntermediary.Position position = connector.position(payment).orElseThrow();
        assertThat(position.noticeNumber())
                .isEqualTo(payment.getNoticeNumber().orElseThrow().value());
        assertThat(position.iuv()).isEqualTo(payment.getIuv());
        assertThat(connector.state(payment)).contains(PaymentState.TO_PAY);
        assertThat(platform.violations()).isEmpty();
    }

    @Test
    void aCreationWhoseAnswerWasLostIsFoundCreatedOnTheRetry() {
        PagoPaIntermediary impatient = connector(Duration.ofMillis(300), 1);
        Payment payment = payment("12.50");
        platform.loseNextAnswer();

        impatient.register(payment);

        assertThat(platform.received("POST", "/debtpositions")).hasSize(2);
        assertThat(impatient.state(payment)).contains(PaymentState.TO_PAY);
    }

    @Test
    void aPositionThatDoesNotExistHasNoState() {
        assertThat(connector.state(payment("5.00"))).isEmpty();
    }

    @Test
    void anInvalidatedPositionIsCancelledAndInvalidatingItAgainChangesNothing() {
        Payment payment = registered("20.00");

        connector.invalidate(payment);
        connector.invalidate(payment);

        assertThat(platform.received("POST", "/invalidate")).hasSize(2);
        assertThat(connector.state(payment)).contains(PaymentState.CANCELLED);
    }

    @Test
    void aPaidPositionCannotBeInvalidated() {
        Payment payment = registered("20.00");
        platform.pay(connector.iupd(payment), receipt(payment, "R-1", "OK"));

        assertThatThrownBy(() -> connector.invalidate(payment))
                .isInstanceOf(IntermediaryException.class)
                .hasMessageContaining("HTTP 409");
        assertThat(connector.state(payment)).contains(PaymentState.PAID);
    }

    // --- checkout ------------------------------------------------------------------------------------

    @Test
    void aCartOfFiveNoticesAnswersCheckoutsAddress() {
        List<Payment> five =
                IntStream.range(0, 5).mapToObj(i -> registered("10.00")).toList();

        URI redirect = connector.checkout(FiscalCode.of(PAYER_CODE), five, RETURN_URL, "https://unused.example");

        assertThat(redirect.toString()).startsWith(platform.base() + "/checkout/c/");
        List<FakePagoPaPlatform.Received> carts = platform.received("POST", "/carts");
        assertThat(carts).hasSize(1);
        assertThat(carts.get(0).key()).isEqualTo(FakePagoPaPlatform.KEY);
        JsonObject cart = json(carts.get(0).body());
        assertThat(cart.getJsonArray("paymentNotices")).hasSize(5);
        assertThat(cart.getJsonArray("paymentNotices").getJsonObject(0).getString("noticeNumber"))
                .isEqualTo(five.get(0).getNoticeNumber().orElseThrow().value());
        assertThat(cart.getJsonObject("returnUrls").getString("returnOkUrl")).isEqualTo(RETURN_URL + "?esito=ok");
        assertThat(cart.getJsonObject("returnUrls").getString("returnCancelUrl"))
                .isEqualTo(RETURN_URL + "?esito=annullato");
        assertThat(cart.getJsonObject("returnUrls").getString("returnErrorUrl"))
                .isEqualTo(RETURN_URL + "?esito=errore");
        assertThat(cart.getString("emailNotice")).isEqualTo(PAYER_EMAIL);
        assertThat(platform.violations()).isEmpty();
    }

    @Test
    void aCartOfSixNoticesIsRefusedWithoutAskingThePlatform() {
        List<Payment> six =
                IntStream.range(0, 6).mapToObj(i -> payment("10.00")).toList();

        assertThatThrownBy(
                        () -> connector.checkout(FiscalCode.of(PAYER_CODE), six, RETURN_URL, "https://unused.example"))
                .isInstanceOf(PaymentRefusedException.class)
                .hasMessage("payment.checkout.count");
        assertThat(platform.received("POST", "/carts")).isEmpty();
    }

    @Test
    void aCartIsNotRetriedSinceEachRequestOpensOne() {
        Payment payment = registered("10.00");
        platform.failNext(1);

        assertThatThrownBy(() -> connector.checkout(
                        FiscalCode.of(PAYER_CODE), List.of(payment), RETURN_URL, "https://unused.example"))
                .isInstanceOf(IntermediaryException.class)
                .hasMessageContaining("HTTP 500");
        assertThat(platform.received("POST", "/carts")).hasSize(1);
    }

    // --- failures and retries --------------------------------------------------------------------------

    @Test
    void aServerErrorIsRetriedAndTheSecondAttemptCreatesThePosition() {
        platform.failNext(1);

        Payment payment = registered("20.00");

        assertThat(platform.received("POST", "/debtpositions")).hasSize(2);
        assertThat(platform.position(connector.iupd(payment))).isPresent();
    }

    @Test
    void aTimeoutOnEveryAttemptBecomesAnIntermediaryException() {
        PagoPaIntermediary impatient = connector(Duration.ofMillis(200), 2);
        platform.hangNext(3);
        Payment payment = payment("20.00");

        assertThatThrownBy(() -> impatient.register(payment))
                .isInstanceOf(IntermediaryException.class)
                .hasMessageContaining("timeout")
                .hasMessageContaining("3 attempt(s)");
        assertThat(platform.received("POST", "/debtpositions")).hasSize(3);
    }

    @Test
    void aSlowAnswerWithinTheTimeoutIsTakenAtTheFirstAttempt() {
        platform.slowNext(Duration.ofMillis(300));

        Payment payment = registered("20.00");

        assertThat(platform.received("POST", "/debtpositions")).hasSize(1);
        assertThat(connector.state(payment)).contains(PaymentState.TO_PAY);
    }

    @Test
    void aRefusalIsNotRetried() {
        PagoPaIntermediary withoutKey = new PagoPaIntermediary(new PagoPaIntermediary.Settings(
                platform.gpdUrl(),
                platform.receiptsUrl(),
                platform.checkoutUrl(),
                "wrong-key",
                IBAN,
                TAXONOMY,
                Duration.ofSeconds(5),
                2,
                TAX_CODE,
                "Comune di Bugliano"));

        assertThatThrownBy(() -> withoutKey.register(payment("20.00")))
                .isInstanceOf(IntermediaryException.class)
                .hasMessageContaining("HTTP 401");
        assertThat(platform.received("POST", "/debtpositions")).hasSize(1);
    }

    // --- receipts --------------------------------------------------------------------------------------

    @Test
    void aReceiptReadTwiceIsTheSameReceiptAndPaysThePositionOnce() {
        Payment payment = registered("20.00");
        payment.issued(NOW);
        String xml = receipt(payment, "R-20260305-1", "OK");
        platform.pay(connector.iupd(payment), xml);
        platform.receipts(payment.getIuv(), xml, xml);

        PlatformReceipt first = connector.receipt(payment).orElseThrow();
        PlatformReceipt second = connector.receipt(payment).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(first.receiptId()).isEqualTo("R-20260305-1");
        assertThat(first.amount()).isEqualByComparingTo("20.00");
        assertThat(first.fee()).isEqualByComparingTo("0.50");
        assertThat(first.paidAt()).isEqualTo(Instant.parse("2026-03-05T10:30:00Z"));
        assertThat(first.applyTo(payment, NOW)).isTrue();
        assertThat(second.applyTo(payment, NOW.plusSeconds(60))).isFalse();
        assertThat(payment.getState()).isEqualTo(PaymentState.PAID);
        assertThat(payment.getReceiptId()).isEqualTo("R-20260305-1");
        assertThat(payment.getPaidAt()).isEqualTo(first.paidAt());
    }

    @Test
    void aLateAnswerWithoutTheReceiptLeavesThePaidPositionAsItWas() {
        Payment payment = registered("20.00");
        payment.issued(NOW);
        String xml = receipt(payment, "R-LATE-1", "OK");
        // the receipt, then a replica that has not got it yet, then the receipt again
        platform.receipts(payment.getIuv(), xml, null, xml);

        PlatformReceipt first = connector.receipt(payment).orElseThrow();
        first.applyTo(payment, NOW);
        assertThat(connector.receipt(payment)).isEmpty();
        PlatformReceipt third = connector.receipt(payment).orElseThrow();

        assertThat(third).isEqualTo(first);
        assertThat(third.applyTo(payment, NOW.plusSeconds(120))).isFalse();
        assertThat(payment.getState()).isEqualTo(PaymentState.PAID);
        assertThat(payment.getReceiptId()).isEqualTo("R-LATE-1");
    }

    @Test
    void aReceiptWithoutAPaymentIsNoReceipt() {
        Payment payment = registered("20.00");
        platform.receipts(payment.getIuv(), receipt(payment, "R-KO-1", "KO"));

        assertThat(connector.receipt(payment)).isEmpty();
    }

    @Test
    void aReceiptOfAnotherNoticeIsRefused() {
        Payment payment = registered("20.00");
        Payment other = payment("20.00");
        platform.receipts(payment.getIuv(), receipt(other, "R-OTHER", "OK"));

        assertThatThrownBy(() -> connector.receipt(payment)).isInstanceOf(IntermediaryException.class);
    }

    // --- the log ---------------------------------------------------------------------------------------

    @Test
    void everyCallIsLoggedWithoutThePayersData() {
        Payment payment = registered("20.00");
        connector.checkout(FiscalCode.of(PAYER_CODE), List.of(payment), RETURN_URL, "https://unused.example");
        platform.receipts(payment.getIuv(), receipt(payment, "R-LOG-1", "OK"));
        connector.receipt(payment);
        platform.failNext(3);
        Throwable failure = catchThrowable(() -> connector.invalidate(payment));

        List<String> lines;
        synchronized (logged) {
            lines = logged.stream().map(LogRecord::getMessage).toList();
        }
        assertThat(lines)
                .anyMatch(line -> line.contains("createPosition") && line.contains(connector.iupd(payment)))
                .anyMatch(line -> line.contains("postCarts"))
                .anyMatch(line -> line.contains("getReceipt") && line.contains(payment.getIuv()))
                .anyMatch(line -> line.contains("invalidatePosition") && line.contains("HTTP 500"));
        assertThat(logged).allMatch(record -> record.getLevel().intValue() <= java.util.logging.Level.INFO.intValue());
        assertThat(failure).isInstanceOf(IntermediaryException.class);
        List<String> everything = new ArrayList<>(lines);
        everything.add(failure.getMessage());
        assertThat(everything)
                .noneMatch(line -> line.contains(PAYER_CODE))
                .noneMatch(line -> line.contains(PAYER_NAME))
                .noneMatch(line -> line.contains("Rossi"))
                .noneMatch(line -> line.contains(PAYER_EMAIL))
                .noneMatch(line -> line.contains(FakePagoPaPlatform.KEY));
    }
}
