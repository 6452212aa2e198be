package it.sportello.form.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import it.sportello.platform.pdf.TextDocument;

/**
 * The form of a service printed blank, to read before starting or to fill by hand: each section
 * with its fields, a line to write on, the choices to tick. Computed fields are left out (they are
 * worked out when the form is filled online).
 */
public final class BlankForm {

    private static final String LINE = "________________________________________";

    private BlankForm() {}

    public static byte[] render(FormDefinition definition, String issuer, String title, Locale locale) {
        List<TextDocument.Section> sections = new ArrayList<>();
        for (Section section : definition.sections()) {
            sections.add(new TextDocument.Section(section.title().in(locale), markup(section, locale)));
        }
        return TextDocument.render(issuer, title, locale.getLanguage(), sections);
    }

    /** One section in the card markup: paragraphs for fields, bullets for the choices. */
    static String markup(Section section, Locale locale) {
        StringBuilder markup = new StringBuilder();
        if (section.visibleWhen() != null) {
            markup.append(FormMessages.text("blank.conditional", locale, List.of()))
                    .append("\n\n");
        }
        for (Field field : section.fields()) {
            if (field.kind().isComputed()) {
                continue;
            }
            String label = field.label().in(locale) + (field.required() ? " *" : "");
            switch (field.kind()) {
                case SELECT, RADIO, CHECKBOXES, REQUEST_KIND -> {
                    markup.append(label).append('\n');
                    markup.append(field.options().stream()
                            .map(o -> "- [ ] " + o.label().in(locale))
                            .collect(Collectors.joining("\n")));
                }
                case PRIVACY -> {
                    if (field.text() != null) {
                        markup.append(field.text().in(locale)).append("\n\n");
                    }
                    markup.append("- [ ] ").append(label);
                }
                case ADDRESS ->
                    markup.append(label).append('\n').append(FormMessages.text("blank.address", locale, List.of()));
                case MAP_POINT ->
                    markup.append(label).append('\n').append(FormMessages.text("blank.map_point", locale, List.of()));
                case FILE ->
                    markup.append(label).append(": ").append(FormMessages.text("blank.attach", locale, List.of()));
                default -> markup.append(label).append(": ").append(LINE);
            }
            markup.append("\n\n");
        }
        return markup.toString();
    }
}
