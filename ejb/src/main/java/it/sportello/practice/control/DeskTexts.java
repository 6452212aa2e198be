package it.sportello.practice.control;

import java.util.Locale;
import java.util.ResourceBundle;

import it.sportello.practice.entity.PracticeStatus;
import it.sportello.practice.entity.Priority;

/** The desk's texts that leave the application as files: CSV headers and labels, letters, integration documents. */
public final class DeskTexts {

    static final String BUNDLE = "it.sportello.practice.control.desk";

    private DeskTexts() {
    }

    public static ResourceBundle of(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String status(PracticeStatus status, Locale locale) {
        return of(locale).getString("PracticeStatus." + status.name());
    }

    public static String priority(Priority priority, Locale locale) {
        return of(locale).getString("Priority." + priority.name());
    }

    /** The fixed CSV headers in column order, and the totals label. */
    public static PracticeCsv.Headers csvHeaders(Locale locale) {
        ResourceBundle texts = of(locale);
        return new PracticeCsv.Headers(java.util.stream.Stream.of("auth", "applicant", "fiscal_code", "inserted", "last_change",
                "status", "operator", "office", "area", "priority", "reference").map(key -> texts.getString("csv." + key)).toList(),
                texts.getString("csv.totals"));
    }
}
