package it.sportello.platform.text;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV as Italian spreadsheets open it, the one way every export of the desk writes it: {@code ;}
 * between cells, UTF-8 with a byte order mark (so that accented letters open right), CRLF line
 * ends, and quotes only where a cell needs them, as RFC 4180 says. Written by Apache Commons CSV.
 *
 * <p>Cells are given as values: a text is <em>defused</em> (a leading {@code = + - @}, tab or
 * carriage return gets an apostrophe, so that a spreadsheet never runs a name a citizen typed as a
 * formula); a number is written with a decimal comma, no grouping and its own scale, so that it
 * stays a number; {@code null} is an empty cell. Rows are written as they come: an export never
 * sits in memory.
 */
public final class SpreadsheetCsv implements Flushable {

    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final CSVFormat ITALIAN = CSVFormat.RFC4180
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private SpreadsheetCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a file on {@code stream} with the byte order mark; the stream stays the caller's to close. */
    public static SpreadsheetCsv start(OutputStream stream) {
        try {
            stream.write(BOM);
            return new SpreadsheetCsv(new CSVPrinter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), ITALIAN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line: texts, numbers ({@link BigDecimal}, {@link Long}, {@link Integer}) or {@code null}. */
    public void row(List<?> cells) {
        List<String> line = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            line.add(cell(cell));
        }
        try {
            printer.printRecord(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number(number);
        }
        if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof String text) {
            return defused(text);
        }
        throw new IllegalArgumentException(
                "Not a cell of a spreadsheet: " + value.getClass().getName());
    }

    /** A text that a spreadsheet shows and never runs: see the class comment. */
    static String defused(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A decimal comma, no grouping, the scale the number has: what an Italian spreadsheet reads as a number. */
    static String number(BigDecimal number) {
        DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ITALY));
        format.setMinimumFractionDigits(Math.max(0, number.scale()));
        format.setMaximumFractionDigits(Math.max(0, number.scale()));
        format.setGroupingUsed(false);
        return format.format(number);
    }
}
