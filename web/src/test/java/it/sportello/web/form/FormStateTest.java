package it.sportello.web.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import it.sportello.form.control.UploadedFile;
import it.sportello.municipality.Comuni;

class FormStateTest {

    private static final String FORM = """
            {"sections": [
              {"id": "allegati", "title": "Allegati", "fields": [
                {"id": "planimetria", "kind": "FILE", "label": "Planimetria", "accept": ["pdf"], "maxSize": 1048576},
                {"id": "foto", "kind": "FILE", "label": "Foto", "accept": ["pdf"]}
              ]},
              {"id": "fine", "title": "Fine", "fields": [
                {"id": "note", "kind": "LONG_TEXT", "label": "Note"}
              ]}]}
            """;

    private static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"), ZoneId.of("Europe/Rome"));

    private final FormState state = new FormState(FORM, Comuni.italian());

    @Test
    void aRefusedFileIsSaidNextToItsFieldAndNotShownAsTheFieldsFile() {
        state.refuse("planimetria", new UploadedFile("refused", "pianta.pdf", "application/pdf", 2_000_000, PDF));

        assertThat(state.next(Locale.ITALIAN, CLOCK)).isFalse();

        assertThat(state.errorsOf("planimetria"))
                .containsExactly("Planimetria: il file supera la dimensione massima di 1 MB");
        assertThat(state.uploaded("planimetria")).isNull();
        assertThat(state.getStep()).isZero();
    }

    @Test
    void aRefusedFileLeavesTheFileTheFieldHadBefore() {
        UploadedFile kept = new UploadedFile("k1", "pianta.pdf", "application/pdf", 900, PDF);
        state.getInput().put("planimetria", kept);
        state.refuse("planimetria", new UploadedFile("refused", "foto.png", "image/png", 10, new byte[] {1, 2, 3}));

        assertThat(state.next(Locale.ITALIAN, CLOCK)).isFalse();
        assertThat(state.uploaded("planimetria")).isEqualTo(kept);

        assertThat(state.next(Locale.ITALIAN, CLOCK)).isTrue();
    }

    @Test
    void aRemovedFileLeavesTheFieldEmpty() {
        state.getInput().put("foto", new UploadedFile("k2", "foto.pdf", "application/pdf", 900, PDF));

        state.remove("foto");

        assertThat(state.uploaded("foto")).isNull();
        assertThat(state.next(Locale.ITALIAN, CLOCK)).isTrue();
    }

    @Test
    void theProfileFillsTheFirstContactFieldsOnlyAndWhatWasTypedWins() {
        FormState contacts = new FormState("""
                {"sections": [{"id": "recapiti", "title": "Recapiti", "fields": [
                  {"id": "email", "kind": "EMAIL", "label": "E-mail"},
                  {"id": "email_altro", "kind": "EMAIL", "label": "Altra e-mail"},
                  {"id": "cellulare", "kind": "PHONE", "label": "Cellulare"}
                ]}]}
                """, Comuni.italian());
        contacts.getInput().put("cellulare", "333 1234567");

        contacts.prefillContacts("anna@example.org", "347 7654321", null);

        assertThat(contacts.typedInput())
                .containsOnly(entry("email", "anna@example.org"), entry("cellulare", "333 1234567"));
    }

    @Test
    void aDraftKeepsWhatWasTypedAndNotTheFiles() {
        state.getInput().put("note", "Citofono rotto");
        state.getInput().put("foto", new UploadedFile("k3", "foto.pdf", "application/pdf", 900, PDF));

        assertThat(state.typedInput()).containsOnly(entry("note", "Citofono rotto"));
    }
}
