package it.sportello.practice.control;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import it.sportello.platform.i18n.Texts;
import it.sportello.platform.pdf.TextDocument;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.entity.Outcome;
import it.sportello.practice.entity.Practice;

/**
 * The response document ("documento di risposta") made from the operator's message when none is
 * uploaded: the municipality, the outcome, which request it answers, and the message with its
 * paragraphs (blank lines) and bullets ("- ").
 */
public final class OutcomeLetter {

    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private OutcomeLetter() {}

    public static byte[] render(
            Practice practice, Outcome outcome, String message, String municipality, Locale locale) {
        Texts texts = DeskTexts.of(locale);
        String request = String.join(
                "\n",
                "- " + texts.get("letter.reference") + ": " + practice.getReference(),
                "- " + texts.get("letter.service") + ": "
                        + practice.getService().getTitle().in(locale),
                "- " + texts.get("letter.applicant") + ": "
                        + practice.getApplicant().fullName() + " ("
                        + practice.getApplicant().getFiscalCode() + ")",
                "- " + texts.get("letter.sent") + ": "
                        + (practice.getSentAt() == null
                                ? "-"
                                : SENT.format(practice.getSentAt().atZone(Clocks.ITALY))));
        return TextDocument.render(
                municipality,
                texts.get("letter.title." + outcome.name()),
                locale.getLanguage(),
                List.of(
                        new TextDocument.Section(texts.get("letter.request"), request),
                        new TextDocument.Section(texts.get("letter.message"), message)));
    }

    /** The file name the letter has among the practice's files. */
    public static String fileName(Practice practice) {
        return "esito-" + practice.getReference() + ".pdf";
    }
}
