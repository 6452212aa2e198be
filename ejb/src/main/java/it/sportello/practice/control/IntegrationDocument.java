package it.sportello.practice.control;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import it.sportello.platform.i18n.Texts;
import it.sportello.platform.pdf.TextDocument;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.entity.Attachment;
import it.sportello.practice.entity.Message;
import it.sportello.practice.entity.Practice;

/**
 * The integration PDF: the office's request and the citizen's answers the operator accepted, each
 * with its time and the names of its files, as they become part of the practice.
 */
public final class IntegrationDocument {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private IntegrationDocument() {}

    public static byte[] render(
            Practice practice, Message request, List<Message> answers, String municipality, Locale locale) {
        Texts texts = DeskTexts.of(locale);
        List<TextDocument.Section> sections = new ArrayList<>();
        sections.add(section(texts.get("integration.asked"), request, texts));
        for (Message answer : answers) {
            sections.add(section(texts.get("integration.answer"), answer, texts));
        }
        String title = texts.get("integration.title") + " " + practice.getReference() + " – "
                + practice.getService().getTitle().in(locale);
        return TextDocument.render(municipality, title, locale.getLanguage(), sections);
    }

    public static String fileName(Practice practice, int number) {
        return "integrazione-" + number + "-" + practice.getReference() + ".pdf";
    }

    private static TextDocument.Section section(String heading, Message message, Texts texts) {
        StringBuilder text = new StringBuilder(message.getText());
        List<Attachment> files = message.getAttachments();
        if (!files.isEmpty()) {
            text.append("\n\n")
                    .append(texts.get("integration.files"))
                    .append(":\n")
                    .append(files.stream()
                            .map(file -> "- " + file.getFileName())
                            .collect(Collectors.joining("\n")));
        }
        return new TextDocument.Section(
                heading + " " + AT.format(message.getSentAt().atZone(Clocks.ITALY)), text.toString());
    }
}
