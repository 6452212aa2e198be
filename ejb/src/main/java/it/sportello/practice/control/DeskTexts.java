package it.sportello.practice.control;

import java.util.Locale;

import it.sportello.platform.i18n.Texts;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.practice.entity.Priority;

/** The desk's texts that leave the application as files: CSV headers and labels, letters, integration documents. */
public final class DeskTexts {

    static final String BUNDLE = "it.sportello.practice.control.desk";

    private DeskTexts() {}

    public static Texts of(Locale locale) {
        return Texts.of(BUNDLE, locale);
    }

    public static String status(PracticeStatus status, Locale locale) {
        return of(locale).get("PracticeStatus." + status.name());
    }

    public static String priority(Priority priority, Locale locale) {
        return of(locale).get("Priority." + priority.name());
    }

    /** The fixed CSV headers in column order, and the totals label. */
    public static PracticeCsv.Headers csvHeaders(Locale locale) {
        Texts texts = of(locale);
        return new PracticeCsv.Headers(
                java.util.stream.Stream.of(
                                "auth",
                                "applicant",
                                "fiscal_code",
                                "inserted",
                                "last_change",
                                "status",
                                "operator",
                                "office",
                                "area",
                                "priority",
                                "reference")
                        .map(key -> texts.get("csv." + key))
                        .toList(),
                texts.get("csv.totals"));
    }
}
