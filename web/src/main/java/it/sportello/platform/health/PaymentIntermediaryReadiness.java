package it.sportello.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.Readiness;

import it.sportello.payment.control.DebtPositions;
import it.sportello.platform.Reachability;

/** The pagoPA intermediary in use ({@code sportello.payment.intermediary}). */
@Readiness
@ApplicationScoped
public class PaymentIntermediaryReadiness extends OutsideSystemReadiness {

    @Inject
    DebtPositions positions;

    @Override
    protected String name() {
        return "payment-intermediary";
    }

    @Override
    protected Reachability probe() {
        return positions.intermediary().reachability();
    }
}
