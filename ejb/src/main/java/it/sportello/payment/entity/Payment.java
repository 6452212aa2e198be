package it.sportello.payment.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.sportello.practice.entity.Practice;

/**
 * A pagoPA debt position ("dovuto"): what a citizen owes for a practice, with its causale, payer,
 * due date, identifiers (IUD ours, IUV and codice avviso once issued) and, once paid, the receipt
 * data. It owns its state: every change is a method here that checks the rule. Confirmations of
 * the intermediary may arrive twice or out of order; {@link #confirm} and {@link #checkoutFailed}
 * leave a paid position paid, once.
 */
@Entity
@Table(name = "payment")
@NamedQuery(name = Payment.BY_IUV, query = "SELECT p FROM Payment p WHERE p.iuv = :iuv")
@NamedQuery(name = Payment.BY_IUD, query = "SELECT p FROM Payment p WHERE p.iud = :iud")
@NamedQuery(
        name = Payment.OF_PRACTICE,
        query = "SELECT p FROM Payment p WHERE p.practice = :practice ORDER BY p.createdAt, p.id")
@NamedQuery(
        name = Payment.OF_PAYER,
        query =
                "SELECT p FROM Payment p WHERE p.practice.applicant.fiscalCode = :fiscalCode"
                        + " AND p.state <> it.sportello.payment.entity.PaymentState.CREATING ORDER BY p.dueDate DESC, p.id DESC")
@NamedQuery(
        name = Payment.COUNT_OF_PRACTICE,
        query =
                "SELECT COUNT(p) FROM Payment p WHERE p.practice = :practice"
                        + " AND p.state NOT IN (it.sportello.payment.entity.PaymentState.ERROR, it.sportello.payment.entity.PaymentState.CANCELLED)")
public class Payment {

    public static final String BY_IUV = "Payment.byIuv";
    public static final String BY_IUD = "Payment.byIud";
    public static final String OF_PRACTICE = "Payment.ofPractice";
    public static final String OF_PAYER = "Payment.ofPayer";
    public static final String COUNT_OF_PRACTICE = "Payment.countOfPractice";

    /** pagoPA's limit for the causale ("causale del versamento"). */
    public static final int REASON_LENGTH = 140;

    public static final int NAME_LENGTH = 140;
    public static final int ADDRESS_LENGTH = 300;

    @Id
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = Iud.LENGTH)
    private String iud;

    @Column(unique = true, length = NoticeNumber.IUV_LENGTH)
    private String iuv;

    @Column(name = "notice_number", unique = true, length = NoticeNumber.LENGTH)
    private String noticeNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false, updatable = false)
    private Practice practice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ChargeMoment moment;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "payer_name", nullable = false, updatable = false, length = NAME_LENGTH)
    private String payerName;

    @Column(name = "payer_fiscal_code", nullable = false, updatable = false, length = 16)
    private String payerFiscalCode;

    @Column(name = "payer_address", updatable = false, length = ADDRESS_LENGTH)
    private String payerAddress;

    @Column(name = "payer_email", updatable = false, length = 254)
    private String payerEmail;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    /** The intermediary's receipt (or the operator's registration) identifier. */
    @Column(name = "receipt_id", length = 64)
    private String receiptId;

    /** The checkout's fee ("commissione"), paid on top of the amount. */
    @Column(precision = 12, scale = 2)
    private BigDecimal fee;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PaymentChannel channel;

    @Column(name = "registered_by", length = 100)
    private String registeredBy;

    /** When the citizen was reminded that it falls due; never twice. */
    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    private long version;

    protected Payment() {
        // for JPA
    }

    /** The payer whose name, codice fiscale, address and e-mail go on the position and the notice. */
    public record Payer(String name, String fiscalCode, String address, String email) {}

    /** A new position, <em>in creazione</em> until the intermediary has it. */
    public Payment(
            Practice practice,
            ChargeMoment moment,
            BigDecimal amount,
            String reason,
            Payer payer,
            LocalDate dueDate,
            Instant now) {
        if (amount == null
                || amount.signum() <= 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw new PaymentRefusedException("payment.amount.invalid");
        }
        this.iud = Iud.next();
        this.practice = practice;
        this.moment = moment;
        this.amount = amount.setScale(2);
        this.reason = reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason;
        this.payerName = payer.name();
        this.payerFiscalCode = payer.fiscalCode();
        this.payerAddress = payer.address();
        this.payerEmail = payer.email();
        this.dueDate = dueDate;
        this.state = PaymentState.CREATING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The codice avviso (and IUV) the municipality gives the position before registering it. */
    public void number(NoticeNumber number) {
        requireState(PaymentState.CREATING);
        noticeNumber = number.value();
        iuv = number.iuv();
    }

    /** The intermediary has the position: <em>da pagare</em>. */
    public void issued(Instant now) {
        requireState(PaymentState.CREATING);
        if (noticeNumber == null) {
            throw new IllegalStateException("A position is numbered before it is issued");
        }
        state = PaymentState.TO_PAY;
        updatedAt = now;
    }

    /** The intermediary refused it: <em>errore</em>, and nothing can be paid on it. */
    public void creationFailed(Instant now) {
        requireState(PaymentState.CREATING);
        state = PaymentState.ERROR;
        updatedAt = now;
    }

    /** The citizen goes to the checkout: <em>in elaborazione</em> (again, if a first attempt was left). */
    public void checkoutStarted(LocalDate today, Instant now) {
        expireIfDue(today, now);
        if (state == PaymentState.PAID) {
            throw new PaymentRefusedException("payment.already_paid");
        }
        if (state != PaymentState.TO_PAY && state != PaymentState.PROCESSING) {
            throw new PaymentRefusedException("payment.not_payable");
        }
        state = PaymentState.PROCESSING;
        updatedAt = now;
    }

    /**
     * The intermediary confirms the payment. A repeated confirmation changes nothing and answers
     * {@code false}; so does one for a position that was never issued.
     *
     * @return whether the position became paid now
     */
    public boolean confirm(String receipt, BigDecimal paidFee, Instant at, Instant now) {
        if (state == PaymentState.PAID || state == PaymentState.CREATING || state == PaymentState.ERROR) {
            return false;
        }
        state = PaymentState.PAID;
        channel = PaymentChannel.PAGOPA;
        receiptId = receipt;
        fee = paidFee;
        paidAt = at == null ? now : at;
        updatedAt = now;
        return true;
    }

    /**
     * The checkout ended without payment: back to <em>da pagare</em>. A failure that arrives after
     * the confirmation (out of order) is ignored.
     *
     * @return whether the state changed
     */
    public boolean checkoutFailed(Instant now) {
        if (state != PaymentState.PROCESSING) {
            return false;
        }
        state = PaymentState.TO_PAY;
        updatedAt = now;
        return true;
    }

    /** "Registra pagamento": an operator records a payment made elsewhere. It cannot be undone. */
    public void register(String operator, Instant now) {
        if (state == PaymentState.PAID) {
            throw new PaymentRefusedException("payment.already_paid");
        }
        if (state == PaymentState.CANCELLED || state == PaymentState.CREATING) {
            throw new PaymentRefusedException("payment.not_payable");
        }
        state = PaymentState.PAID;
        channel = PaymentChannel.REGISTERED;
        registeredBy = operator;
        receiptId = "REG-" + iud.substring(0, 12);
        paidAt = now;
        updatedAt = now;
    }

    /** Past its due date and still unpaid: <em>scaduto</em> (it can still be paid). */
    public void expireIfDue(LocalDate today, Instant now) {
        if (state == PaymentState.TO_PAY && today.isAfter(dueDate)) {
            state = PaymentState.EXPIRED;
            updatedAt = now;
        }
    }

    /**
     * Whether the citizen is to be reminded of it: still to pay, not reminded yet, and due within
     * {@code daysBefore} days from {@code today}.
     */
    public boolean wantsReminder(LocalDate today, int daysBefore) {
        return state == PaymentState.TO_PAY
                && remindedAt == null
                && !dueDate.isBefore(today)
                && !dueDate.isAfter(today.plusDays(daysBefore));
    }

    public void reminded(Instant at) {
        this.remindedAt = at;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    /** The QR code's content, once the position has its codice avviso. */
    public Optional<PaymentCode> code(String creditorTaxCode) {
        return getNoticeNumber().map(n -> new PaymentCode(n, creditorTaxCode, amount));
    }

    private void requireState(PaymentState expected) {
        if (state != expected) {
            throw new PaymentRefusedException("payment.state.invalid", state);
        }
    }

    public boolean isPaid() {
        return state == PaymentState.PAID;
    }

    public Long getId() {
        return id;
    }

    public String getIud() {
        return iud;
    }

    public String getIuv() {
        return iuv;
    }

    public Optional<NoticeNumber> getNoticeNumber() {
        return Optional.ofNullable(noticeNumber).map(NoticeNumber::new);
    }

    public Practice getPractice() {
        return practice;
    }

    public ChargeMoment getMoment() {
        return moment;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public String getPayerName() {
        return payerName;
    }

    public String getPayerFiscalCode() {
        return payerFiscalCode;
    }

    public String getPayerAddress() {
        return payerAddress;
    }

    public String getPayerEmail() {
        return payerEmail;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public PaymentState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public String getReceiptId() {
        return receiptId;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public PaymentChannel getChannel() {
        return channel;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
