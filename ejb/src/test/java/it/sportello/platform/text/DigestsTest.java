package it.sportello.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DigestsTest {

    @Test
    void aDigestIsTheSha256OfTheBytesInLowerCaseHex() {
        // the SHA-256 of "abc", FIPS 180-2 appendix B.1
        assertThat(Digests.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aTextIsDigestedAsUtf8() {
        assertThat(Digests.sha256("più")).isEqualTo(Digests.sha256("più".getBytes(StandardCharsets.UTF_8)));
    }
}
