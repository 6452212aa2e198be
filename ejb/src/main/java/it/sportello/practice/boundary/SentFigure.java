package it.sportello.practice.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.practice.entity.Practice;

/**
 * How many practices citizens have sent, the figure the public catalog shows. It is counted from
 * the practices themselves, so that a sending writes nothing that another sending also writes,
 * and the count is kept for a minute, so that reading the catalog does not count every time.
 * Each node keeps its own figure: a visitor may see one a minute old.
 */
@ApplicationScoped
public class SentFigure {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private volatile Counted last;

    /** The figure as last counted, counted again when older than a minute. */
    public long total() {
        Counted known = last;
        Instant now = clock.instant();
        if (known == null || !now.isBefore(known.at().plus(KEPT_FOR))) {
            known = new Counted(count(), now);
            last = known;
        }
        return known.sent();
    }

    /** Counts the sent practices now. */
    public long count() {
        return em.createNamedQuery(Practice.SENT_COUNT, Long.class).getSingleResult();
    }

    private record Counted(long sent, Instant at) {}
}
