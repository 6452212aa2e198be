package it.sportello.web.help;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import it.sportello.platform.text.TextBlock;

/**
 * The frequently asked questions of {@code /faq.xhtml}: how the desk works (login, drafts,
 * payments, bookings, privacy), the same for every municipality, so they ship with the product
 * in {@code faq.json} next to this class, in Italian, English and German.
 */
@Named
@ApplicationScoped
public class Faq {

    static final String RESOURCE = "faq.json";

    public record Text(String it, String en, String de) {
        public String in(Locale locale) {
            String translated = switch (locale.getLanguage()) {
                case "en" -> en;
                case "de" -> de;
                default -> it;
            };
            return translated == null || translated.isBlank() ? it : translated;
        }
    }

    public record Entry(Text question, Text answer) {
        public List<TextBlock> answerIn(Locale locale) {
            return TextBlock.parse(answer.in(locale));
        }
    }

    public record Group(Text title, List<Entry> entries) {}

    public record Document(List<Group> groups) {}

    private List<Group> groups;

    @PostConstruct
    void read() {
        try (InputStream in = Faq.class.getResourceAsStream(RESOURCE);
                Jsonb jsonb = JsonbBuilder.create()) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            groups = List.copyOf(jsonb.fromJson(in, Document.class).groups());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the FAQ", e);
        }
    }

    public List<Group> getGroups() {
        return groups;
    }
}
