package it.sportello.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpUrlValidatorTest {

    @ParameterizedTest(name = "{0} is a web address")
    @ValueSource(
            strings = {
                "https://meet.example.org/sportello-42",
                "http://localhost:8080",
                " https://www.comune.bugliano.example ",
                "HTTPS://WWW.COMUNE.EXAMPLE/Pagina?a=1&b=2#sezione",
                "https://[2001:db8::1]/stanza",
                "https://meet.example.org:8443"
            })
    void anAbsoluteHttpAddressWithAHostIsOne(String text) {
        assertThat(HttpUrlValidator.isHttpUrl(text)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is not a web address")
    @ValueSource(
            strings = {
                "not a url",
                "",
                " ",
                "www.comune.example",
                "meet.example.org/stanza",
                "/pagina",
                "https://",
                "https:///pagina",
                "https://meet example.org",
                "javascript:alert(1)",
                "mailto:ufficio@comune.example",
                "ftp://comune.example/file",
                "https:meet.example.org",
                "https://comune.example@altrove.example/",
                "http://%zz"
            })
    void anythingElseIsNot(String text) {
        assertThat(HttpUrlValidator.isHttpUrl(text)).isFalse();
    }

    @Test
    void anEmptyValueIsLeftToTheRequiredCheck() {
        HttpUrlValidator validator = new HttpUrlValidator();
        assertThat(validator.isValid(null, null)).isTrue();
        assertThat(validator.isValid(" ", null)).isTrue();
        assertThat(validator.isValid("not a url", null)).isFalse();
    }
}
