package it.sportello.mail.control;

import java.util.Optional;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.mail.entity.MailFile;
import it.sportello.mail.entity.OutgoingMail;
import it.sportello.platform.Reachability;

/** Hands a stored mail to the municipality's SMTP server ({@code sportello.mail.*}) with Jakarta Mail. */
@ApplicationScoped
public class SmtpTransport {

    private static final int SENDING_TIMEOUT_MILLIS = 10_000;
    private static final int PROBE_TIMEOUT_MILLIS = 3_000;

    @Inject
    @ConfigProperty(name = "sportello.mail.host")
    String host;

    @Inject
    @ConfigProperty(name = "sportello.mail.port")
    int port;

    @Inject
    @ConfigProperty(name = "sportello.mail.from")
    String from;

    @Inject
    @ConfigProperty(name = "sportello.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "sportello.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "sportello.mail.starttls")
    boolean starttls;

    /** Made once: making a session reads Jakarta Mail's provider files from the class path. */
    private Session session;
    /** The same server with short timeouts, for the readiness check that a load balancer waits for. */
    private Session probe;

    /**
     * Made when the application starts, on a thread that sees the application's settings: made
     * first by the readiness check, on a thread of the health endpoint, it found no
     * {@code sportello.mail.from} and the readiness answered 500.
     */
    void makeAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // observing the start is what makes the container create the bean then
    }

    @PostConstruct
    void connectSettings() {
        session = session(SENDING_TIMEOUT_MILLIS);
        probe = session(PROBE_TIMEOUT_MILLIS);
    }

    /** Sends it as plain text, with its files attached if it has any; the server's refusal is thrown. */
    public void send(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        if (mail.hasFile()) {
            MimeBodyPart body = new MimeBodyPart();
            body.setText(mail.getBody(), "UTF-8");
            MimeMultipart content = new MimeMultipart(body);
            for (MailFile file : mail.getFiles()) {
                MimeBodyPart attachment = new MimeBodyPart();
                attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(file.bytes(), file.getMediaType())));
                attachment.setFileName(file.getFileName());
                content.addBodyPart(attachment);
            }
            message.setContent(content);
        } else {
            message.setText(mail.getBody(), "UTF-8");
        }
        Transport.send(message);
    }

    /**
     * Connects to the SMTP server and logs in, as sending would, without sending anything: what the
     * readiness check asks, with timeouts of a few seconds.
     */
    public Reachability reachability() {
        try (Transport transport = probe.getTransport("smtp")) {
            transport.connect();
            return Reachability.reached(host + ":" + port);
        } catch (MessagingException e) {
            return Reachability.unreachable(e.getCause() instanceof Exception cause ? cause : e);
        }
    }

    private Session session(int timeoutMillis) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
