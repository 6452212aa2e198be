package it.sportello.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;

import it.sportello.platform.Reachability;
import it.sportello.protocol.control.ProtocolRegisters;

/** The protocol register sent practices are registered in ({@code sportello.protocol.*}). */
@Readiness
@ApplicationScoped
public class ProtocolRegisterReadiness extends OutsideSystemReadiness {

    @Inject
    ProtocolRegisters registers;

    @Inject
    @ConfigProperty(name = "sportello.protocol.enabled")
    boolean enabled;

    @Override
    protected String name() {
        return "protocol-register";
    }

    @Override
    protected Reachability probe() {
        return enabled ? registers.configured().reachability() : Reachability.reached("not in use");
    }
}
