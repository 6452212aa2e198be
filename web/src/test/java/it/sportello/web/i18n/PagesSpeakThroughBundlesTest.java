package it.sportello.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * No page or template carries text a user would read: every visible word comes from the
 * bundles, so that each page exists in Italian, English and German.
 */
class PagesSpeakThroughBundlesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    /** Attributes whose value a person reads or hears. */
    private static final Set<String> READABLE_ATTRIBUTES = Set.of(
            "title",
            "alt",
            "aria-label",
            "placeholder",
            "label",
            "header",
            "footer",
            "summary",
            "emptyMessage",
            "requiredMessage",
            "validatorMessage",
            "converterMessage",
            "ariaLabel",
            "itemLabel",
            "noSelectionLabel",
            "tooltip");

    /** Components whose "value" is shown as text. */
    private static final Set<String> VALUE_AS_TEXT = Set.of(
            "outputText",
            "outputLabel",
            "outputFormat",
            "commandButton",
            "commandLink",
            "button",
            "link",
            "linkButton",
            "menuitem",
            "submenu",
            "tab");

    @Test
    void everyVisibleTextComesFromABundle() throws Exception {
        List<String> literals = new ArrayList<>();
        List<Path> pages = pages();
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            literals.addAll(literalsIn(page));
        }
        assertThat(literals).as("literal texts in pages").isEmpty();
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> literalsIn(Path page) throws Exception {
        List<String> found = new ArrayList<>();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.newSAXParser().parse(page.toFile(), new DefaultHandler() {
            private Locator locator;
            private final StringBuilder text = new StringBuilder();

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                flushText();
                for (int i = 0; i < attributes.getLength(); i++) {
                    String name = attributes.getLocalName(i);
                    boolean readable = READABLE_ATTRIBUTES.contains(name)
                            || "value".equals(name)
                                    && VALUE_AS_TEXT.contains(localName)
                                    && !uri.isEmpty()
                                    && !uri.equals("http://www.w3.org/1999/xhtml");
                    if (readable && isLiteral(attributes.getValue(i))) {
                        found.add(where() + " @" + name + "=\"" + attributes.getValue(i) + "\"");
                    }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                flushText();
            }

            @Override
            public void characters(char[] chars, int start, int length) {
                text.append(chars, start, length);
            }

            private void flushText() {
                if (isLiteral(text.toString())) {
                    found.add(where() + " \"" + text.toString().strip() + "\"");
                }
                text.setLength(0);
            }

            private String where() {
                return page + ":" + locator.getLineNumber();
            }
        });
        return found;
    }

    /** True when the text has a letter outside of EL expressions. */
    static boolean isLiteral(String text) {
        String withoutExpressions = text.replaceAll("[#$]\\{[^}]*}", "");
        return withoutExpressions.codePoints().anyMatch(Character::isLetter);
    }
}
