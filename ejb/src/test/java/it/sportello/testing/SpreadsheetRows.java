package it.sportello.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads back the tables people download: a CSV file as Italian spreadsheets open it ({@code ;}
 * between cells, quotes as RFC 4180 says, a byte order mark first) into rows of cells, and a row
 * of any table with a header row as the values under each heading.
 */
public final class SpreadsheetRows {

    /** The UTF-8 byte order mark that makes spreadsheets read the accents of a CSV file right. */
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SpreadsheetRows() {}

    /** The rows of the CSV file, the header first, without the byte order mark. */
    public static List<List<String>> csv(byte[] file) {
        CSVFormat italian = CSVFormat.RFC4180.builder().setDelimiter(';').get();
        String text = new String(file, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, italian)) {
            return parser.stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The one row below the header (the first row) that has a cell equal to {@code cell}, as the
     * header's names to the row's values; fails when there is no such row, or more than one.
     */
    public static Map<String, String> rowWith(List<List<String>> rows, String cell) {
        List<List<String>> found =
                rows.stream().skip(1).filter(row -> row.contains(cell)).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one row with \"" + cell + "\", found " + found.size() + " in " + rows);
        }
        List<String> header = rows.get(0);
        Map<String, String> values = new LinkedHashMap<>();
        for (int column = 0; column < header.size(); column++) {
            values.put(
                    header.get(column),
                    column < found.get(0).size() ? found.get(0).get(column) : "");
        }
        return values;
    }
}
