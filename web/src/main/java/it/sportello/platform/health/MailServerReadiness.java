package it.sportello.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.Readiness;

import it.sportello.mail.control.SmtpTransport;
import it.sportello.platform.Reachability;

/** The SMTP server the desk's mail goes out through ({@code sportello.mail.*}). */
@Readiness
@ApplicationScoped
public class MailServerReadiness extends OutsideSystemReadiness {

    @Inject
    SmtpTransport smtp;

    @Override
    protected String name() {
        return "mail-server";
    }

    @Override
    protected Reachability probe() {
        return smtp.reachability();
    }
}
