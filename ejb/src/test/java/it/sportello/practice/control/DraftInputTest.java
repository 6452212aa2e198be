package it.sportello.practice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DraftInputTest {

    @Test
    void whatWasTypedComesBackAsItWas() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("larghezza", "4,5");
        input.put("certificati", List.of("residenza", "nascita"));
        input.put("privacy", Boolean.TRUE);
        input.put("ubicazione", Map.of("street", "Via Roma", "cap", "56121"));

        Map<String, Object> back = DraftInput.fromJson(DraftInput.toJson(input));

        assertThat(back).isEqualTo(input);
    }

    @Test
    void selectionsSentAsArraysBecomeLists() {
        Map<String, Object> input = Map.of("certificati", new String[] {"residenza"});

        assertThat(DraftInput.fromJson(DraftInput.toJson(input))).containsEntry("certificati", List.of("residenza"));
    }

    @Test
    void uploadsAreNotKeptInTheTypedInput() {
        Map<String, Object> input = Map.of("planimetria", new Object(), "nome", "Mario");

        assertThat(DraftInput.fromJson(DraftInput.toJson(input))).containsOnlyKeys("nome");
    }

    @Test
    void nothingSavedIsAnEmptyDraft() {
        assertThat(DraftInput.fromJson(null)).isEmpty();
        assertThat(DraftInput.fromJson(" ")).isEmpty();
    }
}
