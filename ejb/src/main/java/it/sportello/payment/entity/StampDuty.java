package it.sportello.payment.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

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

import it.sportello.practice.entity.Practice;

/**
 * A marca da bollo of a practice: due for a reason and an amount, declared by the citizen with the
 * 14-digit identifier and the issue date and time printed on the physical stamp. An identifier is
 * used once in the whole system (a unique constraint in the database says so, whatever the race).
 */
@Entity
@Table(name = "stamp_duty")
@NamedQuery(
        name = StampDuty.OF_PRACTICE,
        query = "SELECT s FROM StampDuty s WHERE s.practice = :practice ORDER BY s.id")
@NamedQuery(name = StampDuty.BY_IDENTIFIER, query = "SELECT s FROM StampDuty s WHERE s.identifier = :identifier")
public class StampDuty {

    public static final String OF_PRACTICE = "StampDuty.ofPractice";
    public static final String BY_IDENTIFIER = "StampDuty.byIdentifier";
    public static final int IDENTIFIER_LENGTH = 14;
    public static final String UNIQUE_CONSTRAINT = "uq_stamp_duty_identifier";

    @Id
    @SequenceGenerator(name = "stamp_duty_seq", sequenceName = "stamp_duty_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stamp_duty_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false, updatable = false)
    private Practice practice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ChargeMoment moment;

    @Column(nullable = false, updatable = false, length = Payment.REASON_LENGTH)
    private String reason;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(unique = true, length = IDENTIFIER_LENGTH)
    private String identifier;

    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    @Column(name = "declared_at")
    private Instant declaredAt;

    protected StampDuty() {
        // for JPA
    }

    /** A stamp the practice needs; the citizen provides it later (at release) or at once (at request). */
    public StampDuty(Practice practice, ChargeMoment moment, String reason, BigDecimal amount) {
        if (amount == null
                || amount.signum() <= 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw new PaymentRefusedException("payment.stamp.amount_invalid");
        }
        if (reason == null || reason.isBlank()) {
            throw new PaymentRefusedException("payment.stamp.reason_required");
        }
        this.practice = practice;
        this.moment = moment;
        this.reason = reason.strip();
        this.amount = amount.setScale(2);
    }

    /**
     * The citizen declares the physical stamp: 14 digits, issued before now. A stamp already
     * declared may be corrected while the practice is a draft, never once it was sent.
     */
    public void declare(String typedIdentifier, LocalDateTime issued, LocalDateTime localNow, Instant now) {
        String digits = typedIdentifier == null ? "" : typedIdentifier.replace(" ", "");
        if (!digits.matches("\\d{" + IDENTIFIER_LENGTH + "}")) {
            throw new PaymentRefusedException("payment.stamp.identifier_invalid");
        }
        if (issued == null || issued.isAfter(localNow)) {
            throw new PaymentRefusedException("payment.stamp.issued_invalid");
        }
        if (declaredAt != null && !practice.isDraft()) {
            throw new PaymentRefusedException("payment.stamp.already_declared");
        }
        identifier = digits;
        issuedAt = issued;
        declaredAt = now;
    }

    public boolean isDeclared() {
        return identifier != null;
    }

    public Long getId() {
        return id;
    }

    public Practice getPractice() {
        return practice;
    }

    public ChargeMoment getMoment() {
        return moment;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getIdentifier() {
        return identifier;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
