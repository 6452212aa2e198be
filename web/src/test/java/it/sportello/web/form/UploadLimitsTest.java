package it.sportello.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import it.sportello.form.control.Field;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.entity.Message;

/**
 * The container refuses an upload above its multipart limits before any page sees it, which can
 * only end on the error page; so its limits sit above the application's, whose checks say the
 * limit on the same page with everything typed kept.
 */
class UploadLimitsTest {

    private static long maxFileSize;
    private static long maxRequestSize;

    @BeforeAll
    static void readWebXml() throws Exception {
        Document webXml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        maxFileSize = Long.parseLong(webXml.getElementsByTagName("max-file-size")
                .item(0)
                .getTextContent()
                .strip());
        maxRequestSize = Long.parseLong(webXml.getElementsByTagName("max-request-size")
                .item(0)
                .getTextContent()
                .strip());
    }

    @Test
    void aFileAboveTheApplicationsLimitReachesTheApplication() {
        assertThat(maxFileSize).isGreaterThan(PracticeWorkflow.MAX_FILE_SIZE).isGreaterThan(Field.DEFAULT_MAX_SIZE);
    }

    @Test
    void aMessageWhoseFilesWeighMoreThanTheApplicationAllowsReachesTheApplication() {
        assertThat(maxRequestSize).isGreaterThan(Message.MAX_FILES_SIZE + maxFileSize);
    }

    @Test
    void thePageForFilesTooLargeSaysTheApplicationsLimits() {
        long megabyte = 1024 * 1024;
        for (java.util.Locale language :
                java.util.List.of(java.util.Locale.ITALIAN, java.util.Locale.ENGLISH, java.util.Locale.GERMAN)) {
            String text = java.util.ResourceBundle.getBundle("it.sportello.web.i18n.messages", language)
                    .getString("error.tooLarge.text");
            assertThat(text)
                    .as(language.toString())
                    .contains(
                            PracticeWorkflow.MAX_FILE_SIZE / megabyte + " MB",
                            Message.MAX_FILES_SIZE / megabyte + " MB");
        }
    }
}
