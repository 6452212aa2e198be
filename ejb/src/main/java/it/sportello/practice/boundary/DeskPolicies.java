package it.sportello.practice.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.practice.entity.DeskPolicy;
import it.sportello.practice.entity.Practice;

/**
 * Makes the {@link DeskPolicy} a practice's moves go by, from the protocol register's setting
 * ({@code sportello.protocol.enabled}) and what the {@link Cashier} knows of the practice's
 * charges: one place that reads the setting, so that the desk, the sending of a draft and a
 * payment's arrival cannot disagree on it.
 * <p>
 * Not an EJB on purpose, as {@link Drafts}: it joins the call of the boundary that uses it, so the
 * payment notifications, which come with no logged-in caller, use it as the desk does.
 */
@Dependent
public class DeskPolicies {

    @Inject
    @ConfigProperty(name = "sportello.protocol.enabled")
    boolean protocolOn;

    @Inject
    Cashier cashier;

    /** The desk's policy for any practice: the register as set, and nothing owed that the caller did not say. */
    public DeskPolicy desk() {
        return DeskPolicy.protocol(protocolOn);
    }

    /** The policy when a payment of the practice arrives: whether stamp duties asked on approval are still to be provided. */
    public DeskPolicy onPayment(Practice practice) {
        return desk().withStampsPending(cashier.stampsPending(practice));
    }
}
