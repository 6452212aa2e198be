package it.sportello.payment.boundary;

import java.math.BigDecimal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.payment.control.DebtPositions;
import it.sportello.payment.entity.ChargeMoment;
import it.sportello.payment.entity.Payment;
import it.sportello.payment.entity.StampDuty;
import it.sportello.practice.boundary.Cashier;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.ReleaseCharges;

/**
 * The payment component's answer to what practices ask of the {@link Cashier}: debt positions
 * through {@link DebtPositions}, stamp duties as rows of their own. Not an EJB on purpose: it is
 * part of the practice boundary's call that uses it, in the same transaction, and an exception
 * reaches that boundary as it was thrown.
 */
@Dependent
public class PracticeCharges implements Cashier {

    @PersistenceContext
    EntityManager em;

    @Inject
    DebtPositions positions;

    @Override
    public void askWithRequest(Practice practice, BigDecimal amount, String reason) {
        positions.create(practice, ChargeMoment.AT_REQUEST, amount, reason);
    }

    @Override
    public void askOnRelease(Practice practice, ReleaseCharges charges, String reason) {
        if (charges.deferredAmount().signum() > 0) {
            positions.create(practice, ChargeMoment.AT_RELEASE, charges.deferredAmount(), reason);
        }
        charges.stamps()
                .forEach(stamp ->
                        em.persist(new StampDuty(practice, ChargeMoment.AT_RELEASE, stamp.reason(), stamp.amount())));
    }

    @Override
    public long declaredStamps(Practice practice) {
        return em.createNamedQuery(StampDuty.OF_PRACTICE, StampDuty.class)
                .setParameter("practice", practice)
                .getResultStream()
                .filter(StampDuty::isDeclared)
                .count();
    }

    @Override
    public boolean stampsPending(Practice practice) {
        return em.createNamedQuery(StampDuty.OF_PRACTICE, StampDuty.class)
                .setParameter("practice", practice)
                .getResultStream()
                .anyMatch(s -> s.getMoment() == ChargeMoment.AT_RELEASE && !s.isDeclared());
    }

    @Override
    public void forgetStamps(Practice practice) {
        em.createNamedQuery(StampDuty.OF_PRACTICE, StampDuty.class)
                .setParameter("practice", practice)
                .getResultList()
                .forEach(em::remove);
    }

    @Override
    public boolean hasPayment(Practice practice) {
        return em.createNamedQuery(Payment.COUNT_OF_PRACTICE, Long.class)
                        .setParameter("practice", practice)
                        .getSingleResult()
                > 0;
    }
}
