package it.sportello.identity.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A link sent by e-mail that lets a member of staff choose a password: valid for one hour and
 * usable once. Only the hash of the secret in the link is kept, so a copy of the database does
 * not open anybody's account.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.BY_TOKEN_HASH, query = "SELECT r FROM PasswordReset r WHERE r.tokenHash = :tokenHash")
@NamedQuery(
        name = PasswordReset.OPEN_FOR_ACCOUNT,
        query = "SELECT r FROM PasswordReset r WHERE r.account = :account AND r.usedAt IS NULL")
public class PasswordReset {

    public static final String BY_TOKEN_HASH = "PasswordReset.byTokenHash";
    public static final String OPEN_FOR_ACCOUNT = "PasswordReset.openForAccount";

    public static final Duration VALIDITY = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "password_reset_seq", sequenceName = "password_reset_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "staff_account_id", nullable = false, updatable = false)
    private StaffAccount account;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
        // for JPA
    }

    public PasswordReset(StaffAccount account, String tokenHash, Instant now) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the link; refused when it was already used or has expired. */
    public void use(Instant now) {
        if (!isUsableAt(now)) {
            throw new IllegalStateException("This link can no longer be used");
        }
        usedAt = now;
    }

    /** A newer link, or a password set otherwise, makes this one useless. */
    public void revoke(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public StaffAccount getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
