package it.sportello.practice.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadTest {

    @Test
    void anUploadCarriesTheCleanedNameToEveryBoundary() {
        Upload upload = new Upload("C:\\scansioni\\delega\u202Efdp.exe\r\n", new byte[] {1});

        assertThat(upload.fileName()).isEqualTo("delegafdp.exe");
    }
}
