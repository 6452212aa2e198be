package it.sportello.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextBlockTest {

    @Test
    void blankLinesSeparateParagraphsAndLinesOfOneParagraphAreJoined() {
        List<TextBlock> blocks = TextBlock.parse("Prima riga\nseconda riga\n\nAltro paragrafo");

        assertThat(blocks)
                .containsExactly(
                        new TextBlock(false, List.of("Prima riga", "seconda riga")),
                        new TextBlock(false, List.of("Altro paragrafo")));
        assertThat(blocks.get(0).text()).isEqualTo("Prima riga seconda riga");
    }

    @Test
    void consecutiveBulletsFormOneListRightAfterAParagraph() {
        List<TextBlock> blocks = TextBlock.parse("Serve:\n- documento d'identità\n- planimetria\r\nDopo la lista");

        assertThat(blocks)
                .containsExactly(
                        new TextBlock(false, List.of("Serve:")),
                        new TextBlock(true, List.of("documento d'identità", "planimetria")),
                        new TextBlock(false, List.of("Dopo la lista")));
    }

    @Test
    void markupIsKeptAsTextNotInterpreted() {
        List<TextBlock> blocks = TextBlock.parse("<script>alert(1)</script> **grassetto**");

        assertThat(blocks).containsExactly(new TextBlock(false, List.of("<script>alert(1)</script> **grassetto**")));
    }

    @Test
    void nothingGivesNoBlocksAndEmptyBulletsAreDropped() {
        assertThat(TextBlock.parse(null)).isEmpty();
        assertThat(TextBlock.parse("\n\n  \n")).isEmpty();
        assertThat(TextBlock.parse("-\n- \n- uno")).containsExactly(new TextBlock(true, List.of("uno")));
    }
}
