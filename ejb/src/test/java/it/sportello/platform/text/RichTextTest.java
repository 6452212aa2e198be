package it.sportello.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void scriptsAndTheirTextAreRemoved() {
        RichText text =
                RichText.sanitize("<p>Gentile Mario,</p><script>alert('x')</script><p>la richiesta è accolta.</p>");

        assertThat(text.html()).isEqualTo("<p>Gentile Mario,</p><p>la richiesta è accolta.</p>");
        assertThat(text.plain()).isEqualTo("Gentile Mario,\n\nla richiesta è accolta.");
    }

    @Test
    void eventHandlersStylesAndClassesAreRemovedKeepingTheText() {
        RichText text = RichText.sanitize(
                "<p style=\"color:red\" class=\"ql-align-center\" onclick=\"steal()\">"
                        + "<img src=x onerror=\"steal()\">Pagare <strong onmouseover=\"steal()\">entro</strong> <span style=\"font-size:40px\">venerdì</span></p>");

        assertThat(text.html()).isEqualTo("<p>Pagare <strong>entro</strong> venerdì</p>");
        assertThat(text.html()).doesNotContain("style", "onerror", "onclick", "onmouseover", "img", "class");
    }

    @Test
    void javascriptAndOtherSchemesLoseTheLinkButKeepTheWords() {
        RichText text =
                RichText.sanitize("<p><a href=\"javascript:alert(1)\">clicca</a> <a href=\"data:text/html,x\">qui</a>"
                        + " <a href=\"/relativo\">là</a></p>");

        assertThat(text.html()).isEqualTo("<p>clicca qui là</p>");
    }

    @Test
    void webAndMailLinksAreKeptWithNoopenerNofollow() {
        RichText text =
                RichText.sanitize("<p>Vedi <a href=\"https://www.comune.bugliano.example/tari\" target=\"_blank\""
                        + " rel=\"noopener noreferrer\">il regolamento</a> o scrivi a <a href=\"mailto:tributi@comune.bugliano.example\">"
                        + "tributi@comune.bugliano.example</a></p>");

        assertThat(text.html())
                .isEqualTo("<p>Vedi <a href=\"https://www.comune.bugliano.example/tari\" rel=\"noopener nofollow\">"
                        + "il regolamento</a> o scrivi a <a href=\"mailto:tributi@comune.bugliano.example\" rel=\"noopener nofollow\">"
                        + "tributi@comune.bugliano.example</a></p>");
        assertThat(text.plain())
                .isEqualTo("Vedi il regolamento (https://www.comune.bugliano.example/tari) o scrivi a"
                        + " tributi@comune.bugliano.example");
    }

    @Test
    void theEditorsListsBecomeBulletedAndNumberedListsAndDashLinesInPlainText() {
        RichText text = RichText.sanitize(
                "<p>Servono:</p><ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\">"
                        + "</span>la planimetria</li><li data-list=\"bullet\"><span class=\"ql-ui\"></span>la <em>visura</em></li>"
                        + "<li data-list=\"ordered\"><span class=\"ql-ui\"></span>poi firmare</li></ol><p><u>Grazie</u></p>");

        assertThat(text.html())
                .isEqualTo("<p>Servono:</p><ul><li>la planimetria</li><li>la <em>visura</em></li></ul>"
                        + "<ol><li>poi firmare</li></ol><p><u>Grazie</u></p>");
        assertThat(text.plain()).isEqualTo("Servono:\n\n- la planimetria\n- la visura\n\n- poi firmare\n\nGrazie");
        assertThat(TextBlock.parse(text.plain())).extracting(TextBlock::list).containsExactly(false, true, true, false);
    }

    @Test
    void plainTextIsEscapedWithParagraphsAndLineBreaks() {
        RichText text = RichText.sanitize("Gentile Mario,\n\nserve <b>la foto</b> & la firma\nentro venerdì.");

        assertThat(text.html())
                .isEqualTo(
                        "<p>Gentile Mario,</p><p>serve &lt;b&gt;la foto&lt;/b&gt; &amp; la firma<br>entro venerdì.</p>");
        assertThat(text.plain()).isEqualTo("Gentile Mario,\n\nserve <b>la foto</b> & la firma\nentro venerdì.");
    }

    @Test
    void theEditorsEmptyParagraphIsBlank() {
        assertThat(RichText.sanitize("<p><br></p>").isBlank()).isTrue();
        assertThat(RichText.sanitize("<p><script>x()</script></p>").isBlank()).isTrue();
        assertThat(RichText.sanitize(null).isBlank()).isTrue();
        assertThat(RichText.sanitize("<p>Ok</p>").isBlank()).isFalse();
    }

    @Test
    void sanitisingTwiceChangesNothing() {
        RichText once = RichText.sanitize("<p>Uno <a href=\"https://a.example\">due</a></p><ul><li>tre</li></ul>");

        assertThat(RichText.sanitize(once.html())).isEqualTo(once);
    }
}
