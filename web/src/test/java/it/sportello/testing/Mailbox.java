package it.sportello.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Reads the test SMTP server by recipient. The application's outbox retries mails that found no
 * server earlier (another test class may have sent them while no server listened), so a test
 * cannot take "the first mail that arrived" as its own: it waits for the mails addressed to
 * the person it is about.
 */
public final class Mailbox {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Mailbox() {}

    /** The mails received so far for {@code address}, waiting up to 20 s for at least one. */
    public static List<MimeMessage> mailsTo(GreenMailExtension smtp, String address) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<MimeMessage> found = addressedTo(smtp, address);
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
            found = addressedTo(smtp, address);
        }
        if (found.isEmpty()) {
            throw new AssertionError("No mail to " + address + " within " + PATIENCE.toSeconds() + " s; received: "
                    + Stream.of(smtp.getReceivedMessages())
                            .map(Mailbox::recipients)
                            .toList());
        }
        return found;
    }

    /** The first mail received for {@code address}, waiting up to 20 s for it. */
    public static MimeMessage mailTo(GreenMailExtension smtp, String address) {
        return mailsTo(smtp, address).get(0);
    }

    /**
     * The first mail received for {@code address} whose subject contains {@code subject}, waiting
     * up to 20 s for it: for a person who gets mail from more than one journey of the same class.
     */
    public static MimeMessage mailTo(GreenMailExtension smtp, String address, String subject) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<MimeMessage> found = about(addressedTo(smtp, address), subject);
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
            found = about(addressedTo(smtp, address), subject);
        }
        if (found.isEmpty()) {
            throw new AssertionError("No mail to " + address + " about \"" + subject + "\" within "
                    + PATIENCE.toSeconds() + " s; received for them: "
                    + addressedTo(smtp, address).stream().map(Mailbox::subject).toList());
        }
        return found.get(0);
    }

    /** The mails received so far for {@code address}, without waiting. */
    public static List<MimeMessage> addressedTo(GreenMailExtension smtp, String address) {
        return Stream.of(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    private static List<MimeMessage> about(List<MimeMessage> mails, String subject) {
        return mails.stream().filter(m -> subject(m).contains(subject)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null
                    ? List.of()
                    : Stream.of(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
