package it.sportello.platform.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of the plain-text markup the municipality writes service cards and FAQ answers in:
 * a paragraph, or a bulleted list. The markup is deliberately tiny — blank lines separate
 * paragraphs, lines starting with "- " are bullets — so no HTML from an editor ever reaches a
 * page, and the same text prints in a PDF.
 */
public record TextBlock(boolean list, List<String> lines) {

    public TextBlock {
        lines = List.copyOf(lines);
    }

    /** A paragraph's text, its lines joined by spaces. */
    public String text() {
        return String.join(" ", lines);
    }

    public static List<TextBlock> parse(String markup) {
        List<TextBlock> blocks = new ArrayList<>();
        if (markup == null) {
            return blocks;
        }
        List<String> paragraph = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        for (String raw : markup.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("- ") || line.equals("-")) {
                flush(blocks, paragraph, false);
                String item = line.substring(1).strip();
                if (!item.isEmpty()) {
                    bullets.add(item);
                }
            } else if (line.isEmpty()) {
                flush(blocks, paragraph, false);
                flush(blocks, bullets, true);
            } else {
                flush(blocks, bullets, true);
                paragraph.add(line);
            }
        }
        flush(blocks, paragraph, false);
        flush(blocks, bullets, true);
        return blocks;
    }

    private static void flush(List<TextBlock> blocks, List<String> lines, boolean list) {
        if (!lines.isEmpty()) {
            blocks.add(new TextBlock(list, lines));
            lines.clear();
        }
    }
}
