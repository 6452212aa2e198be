package it.sportello.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void aFileStartsWithTheByteOrderMarkAndEachLineEndsWithCrLf() {
        byte[] file = written(List.of("Nome", "Città"), List.of("Mario", "Bugliano"));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Nome;Città\r\nMario;Bugliano\r\n");
    }

    @Test
    void cellsWithSemicolonsQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(line("Rossi; Mario")).isEqualTo("\"Rossi; Mario\"");
        assertThat(line("Mario \"Super\" Rossi")).isEqualTo("\"Mario \"\"Super\"\" Rossi\"");
        assertThat(line("riga uno\nriga due")).isEqualTo("\"riga uno\nriga due\"");
        assertThat(line("D'Angelo")).isEqualTo("D'Angelo");
    }

    @Test
    void aTextLookingLikeAFormulaIsNotRunByTheSpreadsheet() {
        assertThat(line("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(line("+39 333")).isEqualTo("'+39 333");
        assertThat(line("-1+2")).isEqualTo("'-1+2");
        assertThat(line("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void numbersHaveADecimalCommaAndStayNumbersEvenWhenNegative() {
        assertThat(line(new BigDecimal("1234.50"))).isEqualTo("1234,50");
        assertThat(line(new BigDecimal("-3.5"))).isEqualTo("-3,5");
        assertThat(line(12L)).isEqualTo("12");
    }

    @Test
    void anEmptyCellIsEmptyAndAValueOfAnotherKindIsRefused() {
        assertThat(line("a", null, "b")).isEqualTo("a;;b");
        assertThatThrownBy(() -> line(LocalDate.of(2026, 12, 7))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String line(Object... cells) {
        byte[] file = written(Arrays.asList(cells));
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        return text.substring(0, text.length() - 2);
    }

    @SafeVarargs
    private static byte[] written(List<?>... rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpreadsheetCsv csv = SpreadsheetCsv.start(bytes);
        for (List<?> row : rows) {
            csv.row(row);
        }
        csv.flush();
        return bytes.toByteArray();
    }
}
