package it.sportello.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aTextWithoutPlaceholdersIsWrittenAsItReadsEvenWhenValuesArePassed() {
        assertThat(Texts.format("Destinatario dell'avviso", Locale.ITALIAN)).isEqualTo("Destinatario dell'avviso");
        assertThat(Texts.format("Destinatario dell'avviso", Locale.ITALIAN, "Comune di Bugliano"))
                .isEqualTo("Destinatario dell'avviso");
    }

    @Test
    void aTextWithPlaceholdersIsAPatternWhoseDoubledApostropheIsOne() {
        assertThat(Texts.format("Ritiro dell''istanza n. {0}", Locale.ITALIAN, "abc-123"))
                .isEqualTo("Ritiro dell'istanza n. abc-123");
        assertThat(Texts.format("Ritiro dell''istanza n. {0}", Locale.ITALIAN))
                .as("no value passed: still a pattern")
                .isEqualTo("Ritiro dell'istanza n. {0}");
    }

    @Test
    void numbersAreWrittenTheWayTheReadersLanguageWritesThem() {
        assertThat(Texts.format("{0} minuti", Locale.ITALIAN, 1440L)).isEqualTo("1.440 minuti");
        assertThat(Texts.format("{0} minutes", Locale.ENGLISH, 1440L)).isEqualTo("1,440 minutes");
    }

    @Test
    void aLanguageWithoutItsOwnTextFallsBackToItalianNotToTheMachinesLanguage() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Texts.of("it.sportello.payment.control.notice", Locale.ITALIAN)
                            .get("notice.title"))
                    .isEqualTo("Avviso di pagamento pagoPA");
            assertThat(Texts.of("it.sportello.payment.control.notice", Locale.FRENCH)
                            .get("notice.title"))
                    .isEqualTo("Avviso di pagamento pagoPA");
        } finally {
            Locale.setDefault(machine);
        }
    }
}
