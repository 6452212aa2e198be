package it.sportello.mail.boundary;

import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends e-mail through the municipality's SMTP server ({@code sportello.mail.*}) with Jakarta Mail.
 */
@Stateless
public class Mailer {

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

    /** Sends a plain-text message; a failure of the mail server is reported as {@link MailNotSentException}. */
    public void send(String to, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailNotSentException(e);
        }
    }

    /** A file attached to a message. */
    public record Attachment(String fileName, String mediaType, byte[] content) {
    }

    /** Sends a plain-text message with one file attached (e.g. a receipt as PDF). */
    public void send(String to, String subject, String text, String fileName, String mediaType, byte[] file) {
        send(to, subject, text, List.of(new Attachment(fileName, mediaType, file)));
    }

    /** Sends a plain-text message with files attached (e.g. a receipt as PDF and a calendar file). */
    public void send(String to, String subject, String text, List<Attachment> files) {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, "UTF-8");
            jakarta.mail.internet.MimeBodyPart body = new jakarta.mail.internet.MimeBodyPart();
            body.setText(text, "UTF-8");
            jakarta.mail.internet.MimeMultipart content = new jakarta.mail.internet.MimeMultipart(body);
            for (Attachment file : files) {
                jakarta.mail.internet.MimeBodyPart attachment = new jakarta.mail.internet.MimeBodyPart();
                attachment.setDataHandler(new jakarta.activation.DataHandler(
                        new jakarta.mail.util.ByteArrayDataSource(file.content(), file.mediaType())));
                attachment.setFileName(file.fileName());
                content.addBodyPart(attachment);
            }
            message.setContent(content);
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailNotSentException(e);
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
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
