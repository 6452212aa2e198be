package it.sportello.practice.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.sportello.form.control.Field;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.GeoPoint;
import it.sportello.form.control.Option;
import it.sportello.platform.i18n.LocalizedText;
import it.sportello.practice.control.PracticeCsv.Aggregate;

class PracticeCsvTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Instant SENT = Instant.parse("2026-07-01T08:05:00Z");
    private static final Instant CHANGED = Instant.parse("2026-07-02T15:30:00Z");

    private static final Field IMPORTO = Field.of("importo", FieldKind.AMOUNT, LocalizedText.italian("Importo"), false);
    private static final Field METRI =
            Field.of("metri", FieldKind.NUMBER, LocalizedText.italian("Metri; lineari"), false);
    private static final Field ZONA = new Field(
            "zona",
            FieldKind.SELECT,
            LocalizedText.italian("Zona"),
            null,
            false,
            null,
            null,
            List.of(
                    new Option("nord", LocalizedText.italian("Zona nord")),
                    new Option("sud", LocalizedText.italian("Zona sud"))),
            null,
            null,
            null,
            0,
            null);

    @Test
    void aMapPointIsTwoNumericColumnsOfLatitudeAndLongitude() {
        Field punto = Field.of("punto", FieldKind.MAP_POINT, LocalizedText.italian("Punto sulla mappa"), false);

        byte[] bytes = export(
                List.of(punto),
                List.of(
                        row(
                                "Mario Rossi",
                                Map.of("punto", new GeoPoint(new BigDecimal("43.7167"), new BigDecimal("10.4")))),
                        row("Luca Verdi", Map.of())),
                Map.of());

        assertThat(lines(bytes)[0])
                .endsWith(";Numero richiesta;Punto sulla mappa: latitudine;Punto sulla mappa: longitudine");
        assertThat(lines(bytes)[1]).endsWith(";43,716700;10,400000");
        assertThat(lines(bytes)[2]).endsWith("ee662eb0999b;;");
    }

    @Test
    void theFileStartsWithTheUtf8ByteOrderMarkAndTheItalianHeaders() {
        byte[] bytes = export(List.of(), List.of(), Map.of());

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(lines(bytes)[0])
                .isEqualTo("Accesso;Richiedente;Codice fiscale;Data di inserimento;Ultimo cambio stato;"
                        + "Stato;Operatore;Ufficio;Area geografica;Priorità;Numero richiesta");
    }

    @Test
    void linesEndWithCrLfAndMomentsAreItalianTime() {
        String text =
                new String(export(List.of(), List.of(row("Mario Rossi", Map.of())), Map.of()), StandardCharsets.UTF_8);

        assertThat(text).endsWith("\r\n").doesNotContain("\r\n\r\n");
        assertThat(lines(text.getBytes(StandardCharsets.UTF_8))[1])
                .isEqualTo(
                        "SPID;Mario Rossi;RSSMRA80A01H501U;01/07/2026 10:05;02/07/2026 17:30;Presa in carico;Olga Operatrice;"
                                + "Ufficio tecnico;Centro storico;Alta;5957466e-1d93-48aa-bfab-ee662eb0999b");
    }

    @Test
    void textCellsAreQuotedAndDefusedAsEverySpreadsheetFileOfTheDeskIs() {
        byte[] bytes = export(List.of(), List.of(row("=Rossi; Mario", Map.of())), Map.of());

        assertThat(lines(bytes)[1]).startsWith("SPID;\"'=Rossi; Mario\";RSSMRA80A01H501U;");
    }

    @Test
    void formFieldsFollowWithOptionLabelsAndNumbersWithADecimalComma() {
        byte[] bytes = export(
                List.of(row(
                        "Rossi; Mario",
                        Map.of("importo", new BigDecimal("1234.50"), "metri", new BigDecimal("3.5"), "zona", "nord"))),
                Map.of());

        String[] lines = lines(bytes);
        assertThat(lines[0]).endsWith(";Importo;\"Metri; lineari\";Zona");
        assertThat(lines[1]).startsWith("SPID;\"Rossi; Mario\";").endsWith(";1234,50;3,5;Zona nord");
    }

    @Test
    void aPracticeWithoutAValueHasAnEmptyCell() {
        assertThat(lines(export(List.of(row("Mario Rossi", Map.of())), Map.of()))[1])
                .endsWith("ee662eb0999b;;;");
    }

    @Test
    void theLastLineGivesSumAverageAndCountOfTheChosenNumericFields() {
        Map<String, Aggregate> totals = new LinkedHashMap<>();
        totals.put("importo", Aggregate.SUM);
        totals.put("metri", Aggregate.AVERAGE);
        byte[] bytes = export(
                List.of(
                        row("Mario Rossi", Map.of("importo", new BigDecimal("16.00"), "metri", new BigDecimal("3"))),
                        row(
                                "Giulia Bianchi",
                                Map.of("importo", new BigDecimal("1234.50"), "metri", new BigDecimal("4"))),
                        row("Luca Verdi", Map.of("zona", "sud"))),
                totals);

        String[] lines = lines(bytes);
        assertThat(lines).hasSize(5);
        assertThat(lines[4]).isEqualTo("Totali;;;;;;;;;;;1250,50;3,50;");
    }

    @Test
    void countCountsThePracticesWithAValue() {
        byte[] bytes = export(
                List.of(row("A", Map.of("metri", BigDecimal.ONE)), row("B", Map.of())),
                Map.of("metri", Aggregate.COUNT));

        assertThat(lines(bytes)[3]).isEqualTo("Totali;;;;;;;;;;;;1;");
    }

    @Test
    void totalsAreOnlyOfNumericFieldsOfTheExport() {
        assertThatThrownBy(() -> export(List.of(), Map.of("zona", Aggregate.SUM)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] export(List<PracticeCsv.Row> rows, Map<String, Aggregate> totals) {
        return export(List.of(IMPORTO, METRI, ZONA), rows, totals);
    }

    private static byte[] export(List<Field> fields, List<PracticeCsv.Row> rows, Map<String, Aggregate> totals) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PracticeCsv csv =
                PracticeCsv.start(out, DeskTexts.csvHeaders(Locale.ITALIAN), fields, totals, ROME, Locale.ITALIAN);
        rows.forEach(csv::write);
        csv.finish();
        return out.toByteArray();
    }

    private static PracticeCsv.Row row(String applicant, Map<String, Object> values) {
        return new PracticeCsv.Row(
                "SPID",
                applicant,
                "RSSMRA80A01H501U",
                SENT,
                CHANGED,
                "Presa in carico",
                "Olga Operatrice",
                "Ufficio tecnico",
                "Centro storico",
                "Alta",
                "5957466e-1d93-48aa-bfab-ee662eb0999b",
                values);
    }

    /** The lines after the byte order mark; a quoted line break is not a line end. */
    private static String[] lines(byte[] bytes) {
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
    }
}
