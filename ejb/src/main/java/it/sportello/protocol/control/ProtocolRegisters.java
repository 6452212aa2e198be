package it.sportello.protocol.control;

import java.net.URI;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The protocol register the municipality uses ({@code sportello.protocol.register}): its own
 * register in the database, or an external one over HTTP at {@code sportello.protocol.url}.
 */
@ApplicationScoped
public class ProtocolRegisters {

    @EJB
    MunicipalRegister municipal;

    @Inject
    @ConfigProperty(name = "sportello.protocol.register")
    String registerName;

    @Inject
    @ConfigProperty(name = "sportello.protocol.url")
    String url;

    /** Made once: it holds the HTTP client and its connections. */
    private HttpRegister http;

    @PostConstruct
    void connect() {
        if (HttpRegister.NAME.equals(registerName)) {
            http = new HttpRegister(URI.create(url));
        }
    }

    public ProtocolRegister configured() {
        return http != null ? http : municipal;
    }
}
