package it.sportello.form.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FormSummaryDayTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 17);

    @Test
    void aDayIsWrittenAsTheReadersLanguageWritesIt() {
        assertThat(FormSummary.day(DAY, Locale.ITALIAN)).isEqualTo("17/12/2026");
        assertThat(FormSummary.day(DAY, Locale.ENGLISH)).isEqualTo("17/12/2026");
        assertThat(FormSummary.day(DAY, Locale.GERMAN)).isEqualTo("17.12.2026");
    }
}
