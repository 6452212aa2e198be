package it.sportello.platform.i18n;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A text written by the municipality in Italian, with optional English and German translations.
 * Whatever language the reader chose, there is always something to show: a missing translation
 * falls back to Italian.
 *
 * <p>Columns are named by the embedding attribute ({@code name_it}, {@code name_en},
 * {@code name_de}) through {@code @AttributeOverride}.
 */
@Embeddable
@Access(AccessType.FIELD)
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private String it;

    @Column
    private String en;

    @Column
    private String de;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String it, String en, String de) {
        if (it == null || it.isBlank()) {
            throw new IllegalArgumentException("The Italian text is required");
        }
        this.it = it;
        this.en = blankToNull(en);
        this.de = blankToNull(de);
    }

    public static LocalizedText italian(String it) {
        return new LocalizedText(it, null, null);
    }

    /** The text in the reader's language, or in Italian when it has not been translated. */
    public String in(Locale locale) {
        String translated = switch (locale == null ? "it" : locale.getLanguage()) {
            case "en" -> en;
            case "de" -> de;
            default -> null;
        };
        return translated != null ? translated : it;
    }

    public String italian() {
        return it;
    }

    /** The translation into one language, or {@code null} when there is none (no fallback). */
    public String translation(String language) {
        return switch (language) {
            case "it" -> it;
            case "en" -> en;
            case "de" -> de;
            default -> null;
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that
                && it.equals(that.it)
                && Objects.equals(en, that.en)
                && Objects.equals(de, that.de);
    }

    @Override
    public int hashCode() {
        return Objects.hash(it, en, de);
    }

    @Override
    public String toString() {
        return it;
    }
}
