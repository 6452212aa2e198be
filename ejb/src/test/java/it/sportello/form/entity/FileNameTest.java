package it.sportello.form.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.form.control.StoredFile;
import it.sportello.form.control.UploadedFile;

class FileNameTest {

    @Test
    void aNameIsOnlyTheLastPartOfThePathTheBrowserSent() {
        assertThat(FileName.of("C:\\Users\\mario\\..\\planimetria.pdf")).isEqualTo("planimetria.pdf");
        assertThat(FileName.of("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void aRightToLeftOverrideCannotDisguiseTheExtension() {
        // shown as "fatturaexe.pdf" with the override, as what it is without
        assertThat(FileName.of("fattura\u202Efdp.exe")).isEqualTo("fatturafdp.exe");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E",
                "\u200F", "\u061C", "\u200B", "\uFEFF", "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u009B",
                "\u00AD"
            })
    void controlAndInvisibleFormatCharactersAreRemoved(String invisible) {
        assertThat(FileName.of("doc" + invisible + "umento.pdf")).isEqualTo("documento.pdf");
    }

    @Test
    void lineBreaksTabsAndOtherSpacesBecomeOnePlainSpace() {
        assertThat(FileName.of("verbale\r\nSet-Cookie: x.pdf")).isEqualTo("verbale Set-Cookie: x.pdf");
        assertThat(FileName.of("a\tb\u2028c\u2029d\u00A0e\u3000f.pdf")).isEqualTo("a b c d e f.pdf");
        assertThat(FileName.of("  spazi  .pdf  ")).isEqualTo("spazi .pdf");
    }

    @Test
    void quotesThatWouldEndAHeaderValueAreRemoved() {
        assertThat(FileName.of("a\"b.pdf")).isEqualTo("ab.pdf");
    }

    @Test
    void lettersOfAnyLanguageAndAccentsStay() {
        assertThat(FileName.of("perché-Größe-δ-日本.pdf")).isEqualTo("perché-Größe-δ-日本.pdf");
        assertThat(FileName.of("citta\u0300.pdf"))
                .as("composed into one letter")
                .isEqualTo("città.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u202E", "/", "..", "C:\\"})
    void aNameWithNothingLeftIsCalledFile(String nothing) {
        assertThat(FileName.of(nothing)).isEqualTo("file");
        assertThat(FileName.of(null)).isEqualTo("file");
    }

    @Test
    void aLongNameKeepsItsEndWithoutBreakingACharacter() {
        String name = "\uD83D\uDCC4".repeat(300) + ".pdf";

        String kept = FileName.of(name);

        assertThat(kept.codePointCount(0, kept.length())).isEqualTo(FileName.MAX_LENGTH);
        assertThat(kept).endsWith(".pdf").startsWith("\uD83D\uDCC4");
    }

    @Test
    void theFilesOfAFormKeepTheCleanedName() {
        assertThat(new UploadedFile("k", "a\u202Egpj.exe", "image/jpeg", 1, new byte[0]).fileName())
                .isEqualTo("agpj.exe");
        assertThat(new StoredFile("k", "a\u202Egpj.exe", FileType.JPEG, 1).fileName())
                .isEqualTo("agpj.exe");
        assertThat(new StoredFile("k", null, FileType.JPEG, 1).fileName()).isNull();
    }
}
