package it.sportello.platform.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * A text an operator wrote with the rich-text editor, as HTML that has been through the
 * allow-list: paragraphs, line breaks, bold, italic, underline, bulleted and numbered lists and
 * links to web or mail addresses ({@code rel="noopener nofollow"} added). Everything else —
 * scripts, event handlers, styles, classes, images, other link schemes — is dropped, keeping the
 * text inside. An instance holds only HTML that passed the allow-list, so it is safe to print
 * unescaped.
 * <p>
 * An input that does not start with a tag is plain text (what the bulk actions, older clients and
 * tests send): it is escaped, blank lines become paragraphs and line ends become line breaks.
 * <p>
 * {@link #plain()} is the same text for places without HTML (the text part of e-mails, PDF
 * letters, the length rules): paragraphs separated by blank lines and list items as "- " lines,
 * the markup {@link TextBlock} reads.
 */
public final class RichText {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener nofollow");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private final String html;

    private RichText(String html) {
        this.html = html;
    }

    /** The allowed part of what the editor (or any other caller) sent; plain text when it does not start with a tag. */
    public static RichText sanitize(String input) {
        String text = Objects.requireNonNullElse(input, "").strip();
        return text.startsWith("<") ? ofHtml(text) : ofPlain(text);
    }

    /** The allowed part of an HTML text (a stored one is read through here again, so nothing unsafe reaches a page). */
    public static RichText ofHtml(String input) {
        Document dirty = Jsoup.parseBodyFragment(Objects.requireNonNullElse(input, ""));
        editorLists(dirty.body());
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        // a link whose address was not allowed keeps its words only
        clean.body().select("a:not([href])").unwrap();
        clean.outputSettings(COMPACT);
        return new RichText(clean.body().html().strip());
    }

    /** Plain text shown as it was typed: escaped, paragraphs at blank lines, line breaks at line ends. */
    public static RichText ofPlain(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : Objects.requireNonNullElse(text, "")
                .replace("\r\n", "\n")
                .strip()
                .split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>")
                        .append(String.join(
                                "<br>",
                                paragraph
                                        .strip()
                                        .lines()
                                        .map(line -> Entities.escape(line.strip()))
                                        .toList()))
                        .append("</p>");
            }
        }
        return new RichText(html.toString());
    }

    /** The allowed HTML, safe to print as it is. */
    public String html() {
        return html;
    }

    /** The text without markup: paragraphs separated by blank lines, list items as "- " lines, links followed by their address. */
    public String plain() {
        List<String> blocks = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (node instanceof Element element
                    && (element.normalName().equals("ul")
                            || element.normalName().equals("ol"))) {
                flush(blocks, loose);
                List<String> items = element.children().stream()
                        .filter(child -> child.normalName().equals("li"))
                        .map(item -> "- " + inline(item).replace("\n", " ").strip())
                        .toList();
                if (!items.isEmpty()) {
                    blocks.add(String.join("\n", items));
                }
            } else if (node instanceof Element element && element.normalName().equals("p")) {
                flush(blocks, loose);
                blocks.add(inline(element));
            } else {
                loose.append(node instanceof Element element ? inline(element) : text(node));
            }
        }
        flush(blocks, loose);
        return String.join(
                "\n\n",
                blocks.stream()
                        .map(String::strip)
                        .filter(block -> !block.isEmpty())
                        .toList());
    }

    /** No words at all, as the editor's empty paragraph. */
    public boolean isBlank() {
        return plain().isBlank();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RichText text && text.html.equals(html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return html;
    }

    /**
     * The editor (Quill 2) writes every list as {@code <ol>} and marks bullets with
     * {@code data-list="bullet"} on the items, which the allow-list drops: turn those into
     * {@code <ul>} first, splitting a list where the kind of its items changes.
     */
    private static void editorLists(Element root) {
        for (Element list : root.select("ol:has(> li[data-list])")) {
            Element current = null;
            String currentKind = null;
            for (Element item : new ArrayList<>(list.children())) {
                String kind = "bullet".equals(item.attr("data-list")) ? "ul" : "ol";
                if (current == null || !kind.equals(currentKind)) {
                    current = new Element(kind);
                    currentKind = kind;
                    list.before(current);
                }
                current.appendChild(item);
            }
            list.remove();
        }
    }

    private static void flush(List<String> blocks, StringBuilder loose) {
        if (!loose.isEmpty()) {
            blocks.add(loose.toString());
            loose.setLength(0);
        }
    }

    private static String inline(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node node : element.childNodes()) {
            if (node instanceof Element child) {
                switch (child.normalName()) {
                    case "br" -> text.append('\n');
                    case "a" -> {
                        String label = inline(child);
                        String href = child.attr("href").replaceFirst("^mailto:", "");
                        text.append(label);
                        if (!href.isEmpty() && !label.strip().equals(href)) {
                            text.append(" (").append(href).append(')');
                        }
                    }
                    case "ul", "ol" ->
                        text.append('\n')
                                .append(String.join(
                                        "\n",
                                        child.children().stream()
                                                .map(item -> "- "
                                                        + inline(item)
                                                                .replace("\n", " ")
                                                                .strip())
                                                .toList()))
                                .append('\n');
                    default -> text.append(inline(child));
                }
            } else {
                text.append(text(node));
            }
        }
        return text.toString();
    }

    private static String text(Node node) {
        return node instanceof TextNode textNode
                ? textNode.getWholeText().replace('\n', ' ').replace('\u00a0', ' ')
                : "";
    }
}
