package it.sportello.payment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake holds requests to the published schemas, so that a connector test passing means something. */
class FakePagoPaPlatformTest {

    private FakePagoPaPlatform platform;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        platform = new FakePagoPaPlatform();
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    private int post(URI uri, String body) throws Exception {
        return client.send(
                        HttpRequest.newBuilder(uri)
                                .header(PagoPaIntermediary.KEY_HEADER, FakePagoPaPlatform.KEY)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aPositionWithoutItsRequiredFieldsIsRefusedAndNamed() throws Exception {
        int status = post(
                URI.create(platform.gpdUrl() + "/organizations/00000000000/debtpositions?toPublish=true"),
                "{\"type\":\"X\",\"paymentOption\":[{\"iuv\":\"01000000000000144\",\"amount\":0}]}");

        assertThat(status).isEqualTo(400);
        assertThat(platform.violations())
                .anyMatch(v -> v.contains("iupd"))
                .anyMatch(v -> v.contains("fiscalCode"))
                .anyMatch(v -> v.contains("type"))
                .anyMatch(v -> v.contains("amount"));
    }

    @Test
    void aCartOfSixNoticesIsRefusedByTheSchema() throws Exception {
        String notice = "{\"noticeNumber\":\"301000000000000144\",\"fiscalCode\":\"00000000000\",\"amount\":100,"
                + "\"companyName\":\"Comune\",\"description\":\"Diritti\"}";
        String six = String.join(",", notice, notice, notice, notice, notice, notice);
        int status = post(
                URI.create(platform.checkoutUrl() + "/carts"),
                "{\"paymentNotices\":[" + six + "],\"returnUrls\":{\"returnOkUrl\":\"https://a.example/ok\","
                        + "\"returnCancelUrl\":\"https://a.example/ko\",\"returnErrorUrl\":\"https://a.example/e\"}}");

        assertThat(status).isEqualTo(400);
        assertThat(platform.violations()).anyMatch(v -> v.contains("paymentNotices"));
    }

    @Test
    void aRequestWithoutTheSubscriptionKeyIsUnauthorized() throws Exception {
        int status = client.send(
                        HttpRequest.newBuilder(
                                        URI.create(platform.gpdUrl() + "/organizations/00000000000/debtpositions/x"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();

        assertThat(status).isEqualTo(401);
    }
}
