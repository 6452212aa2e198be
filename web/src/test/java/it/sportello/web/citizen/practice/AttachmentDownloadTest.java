package it.sportello.web.citizen.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentDownloadTest {

    @Test
    void theDownloadNamesTheFileWithoutBidirectionalOrControlCharacters() {
        String header = AttachmentDownload.disposition("fattura\u202Efdp.exe\r\n");

        assertThat(header)
                .isEqualTo("attachment; filename=\"fatturafdp.exe\"; filename*=UTF-8''fatturafdp.exe")
                .doesNotContain("%E2%80%AE", "%0D", "%0A");
    }

    @Test
    void lettersOutsideAsciiStayInTheExactName() {
        assertThat(AttachmentDownload.disposition("perché.pdf"))
                .isEqualTo("attachment; filename=\"perch_.pdf\"; filename*=UTF-8''perch%C3%A9.pdf");
    }
}
