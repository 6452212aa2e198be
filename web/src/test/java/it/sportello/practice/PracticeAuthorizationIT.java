package it.sportello.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.demo.DemoIdentities;
import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.practice.boundary.PracticeDesk;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.boundary.Upload;
import it.sportello.practice.entity.CitizenTab;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;
import it.sportello.testing.Http;
import it.sportello.testing.Reports;

/**
 * The practice pages and downloads of the personal area, tried from outside as people use them:
 * the owner reads everything, another citizen gets a 404 for every address of it and cannot act on
 * it through any form, a visitor is sent to the login. The practices are made first, inside the
 * server, through the boundaries; the clients then find them in their own lists, since client
 * tests run in another JVM. Hence the order.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PracticeAuthorizationIT {

    private static final FiscalCode ANNA = FiscalCode.of("GLLNNA78H63Z40QC");
    private static final FiscalCode GIULIA = FiscalCode.of("BNCGLI85M52F205H");
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
    private static final Pattern REFERENCE = Pattern.compile("data-reference=\"([0-9a-f-]{36})\"");
    private static final Pattern FILE = Pattern.compile("allegato\\?rif=([0-9a-f-]{36})");

    @Deployment
    static WebArchive deployment() {
        // the client helper is named by the test class, so the server must be able to load it too
        return Deployments.suite();
    }

    @EJB
    PracticeWorkflow workflow;

    @EJB
    Practices practices;

    @EJB
    PracticeDesk desk;

    @EJB
    Citizens citizens;

    @Inject
    DemoIdentities demo;

    @Inject
    Callers callers;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void annaHasAReportWithAPhotoAnAssistanceRequestAndADraftAndGiuliaHasAReport() {
        for (String code : List.of("GLLNNA78H63Z40QC", "BNCGLI85M52F205H")) {
            DemoIdentities.Identity identity = demo.find(code).orElseThrow();
            citizens.signIn(
                    identity.code(), identity.personalData(), AuthMethod.SPID, "https://www.spid.gov.it/SpidL2");
        }
        callers.asCitizen(ANNA);
        Practice report = sentReport("Marciapiede dissestato in via Roma");
        workflow.write(
                report.getReference(),
                "Ecco la foto del marciapiede",
                false,
                List.of(new Upload("C:\\foto\\marciapiede è rotto.png", PNG)));
        String assistance = workflow.start("richiesta-assistenza", null).getReference();
        workflow.acceptPrivacy(assistance);
        workflow.actForSelf(assistance);
        workflow.fill(
                assistance,
                Map.of(
                        "argomento",
                        "pagamenti",
                        "messaggio",
                        "Non trovo l'avviso di pagamento",
                        "contatto",
                        "telefono",
                        "telefono",
                        "+39 0461 884111"),
                1);
        workflow.send(assistance);
        workflow.start("segnalazione-disservizio", null);
        callers.asCitizen(GIULIA);
        sentReport("Lampione spento in piazza");

        assertThat(practices.counts().get(CitizenTab.SENT))
                .as("other tests may have sent some too")
                .isPositive();
        callers.asCitizen(ANNA);
        assertThat(practices.counts()).containsEntry(CitizenTab.SENT, 2L).containsEntry(CitizenTab.DRAFTS, 1L);
    }

    @Test
    @Order(2)
    @RunAsClient
    void annaReadsHisPracticesTheirFilledFormAndTheirFiles() {
        Http anna = login("Anna Galli");

        String list = anna.get("area-personale/pratiche/index.xhtml").body();
        assertThat(list).contains("Segnalazione", "Acquisita", "Bozza");
        assertThat(tabCount(list, "SENT")).isEqualTo("2");
        assertThat(tabCount(list, "DRAFTS")).isEqualTo("1");
        assertThat(tabCount(list, "ALL")).isEqualTo("3");
        String drafts =
                anna.get("area-personale/pratiche/index.xhtml?stato=DRAFTS").body();
        assertThat(references(drafts)).hasSize(1);
        assertThat(drafts)
                .contains("servizi/compila.xhtml?pratica=" + references(drafts).get(0));
        String assistance = anna.get("area-personale/pratiche/index.xhtml?stato=SENT&servizio=richiesta-assistenza")
                .body();
        assertThat(references(assistance)).hasSize(1);
        assertThat(tabCount(assistance, "SENT")).isEqualTo("1");
        assertThat(tabCount(assistance, "DRAFTS")).isEqualTo("0");
        assertThat(anna.get("area-personale/pratiche/index.xhtml?stato=FINITE&servizio=nessuno")
                        .body())
                .contains("Il filtro richiesto non esiste");

        String report = reportOf(anna);
        HttpResponse<String> detail = anna.get("area-personale/pratiche/dettaglio.xhtml?pratica=" + report);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body())
                .contains(
                        report,
                        "Marciapiede dissestato in via Roma",
                        "Ecco la foto del marciapiede",
                        "In attesa di protocollazione",
                        "Acquisita",
                        "Inviata",
                        "Ritira pratica",
                        "Scarica il modulo compilato");

        HttpResponse<String> form = anna.get("area-personale/pratiche/modulo?pratica=" + report);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(form.body()).startsWith("%PDF-");
        String draft = references(drafts).get(0);
        assertThat(anna.get("area-personale/pratiche/modulo?pratica=" + draft).statusCode())
                .as("a draft has no filled form")
                .isEqualTo(404);

        HttpResponse<String> file = anna.get("area-personale/allegato?rif=" + fileOf(detail.body()));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo(
                        "attachment; filename=\"marciapiede _ rotto.png\"; filename*=UTF-8''marciapiede%20%C3%A8%20rotto.png");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        String documents = anna.get("area-personale/documenti.xhtml").body();
        assertThat(documents).contains("rotto.png", "dettaglio.xhtml?pratica=" + report);
        String desk = anna.get("area-personale/index.xhtml").body();
        assertThat(desk).contains("Pratiche recenti", "dettaglio.xhtml?pratica=" + report, "Servizi in evidenza");
    }

    @Test
    @Order(3)
    @RunAsClient
    void annaWritesToTheOfficeAndWithdrawsHisAssistanceRequestThroughThePages() {
        Http anna = login("Anna Galli");
        String assistance = references(
                        anna.get("area-personale/pratiche/index.xhtml?servizio=richiesta-assistenza&stato=SENT")
                                .body())
                .get(0);
        String detailPath = "area-personale/pratiche/dettaglio.xhtml?pratica=" + assistance;

        HttpResponse<String> written = anna.postMultipart(
                detailPath,
                Map.of(
                        "message-form",
                        "message-form",
                        "message-text",
                        "Ho trovato l'avviso, grazie",
                        "message-send",
                        "Invia messaggio",
                        "jakarta.faces.ViewState",
                        Http.viewState(anna.get(detailPath).body())));
        assertThat(written.statusCode()).isEqualTo(302);
        String afterWriting = anna.follow(detailPath + "&scheda=messaggi").body();
        assertThat(afterWriting).contains("Messaggio inviato.", "avviso, grazie");

        String page = anna.get(detailPath).body();
        String asked = anna.post(
                        detailPath,
                        Map.of(
                                "actions",
                                "actions",
                                "withdraw",
                                "Ritira pratica",
                                "jakarta.faces.ViewState",
                                Http.viewState(page)))
                .body();
        assertThat(asked).contains("Vuoi ritirare la pratica?");
        HttpResponse<String> confirmed = anna.post(
                detailPath,
                Map.of(
                        "actions",
                        "actions",
                        "withdraw-confirm",
                        "Conferma il ritiro",
                        "jakarta.faces.ViewState",
                        Http.viewState(asked)));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        String withdrawn = anna.get(detailPath).body();
        assertThat(withdrawn).contains("id=\"practice-status\">Ritirata<").doesNotContain("id=\"withdraw\"");
        assertThat(tabCount(anna.get("area-personale/pratiche/index.xhtml").body(), "WITHDRAWN"))
                .isEqualTo("1");
    }

    @Test
    @Order(4)
    @RunAsClient
    void giuliaGetsNotFoundForEveryAddressOfAnnasPracticeAndNoFormOfHersActsOnIt() {
        Http anna = login("Anna Galli");
        String report = reportOf(anna);
        String detailPath = "area-personale/pratiche/dettaglio.xhtml?pratica=" + report;
        String file = fileOf(anna.get(detailPath).body());
        Http giulia = login("Giulia Bianchi");

        for (String path : List.of(
                detailPath,
                "area-personale/pratiche/modulo?pratica=" + report,
                "area-personale/allegato?rif=" + file,
                detailPath + "&scheda=messaggi")) {
            HttpResponse<String> response = giulia.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body())
                    .as(path)
                    .doesNotContain(report, "Marciapiede", "marciapiede", "Anna", "GLLNNA78H63Z40QC");
        }
        assertThat(giulia.get("area-personale/documenti.xhtml").body()).doesNotContain(file, "marciapiede");
        assertThat(giulia.get("area-personale/pratiche/index.xhtml").body()).doesNotContain(report);

        // Giulia's own practice page gives her a form; posting it to the address of Anna's practice acts on hers, never
        // on his.
        String hers = references(
                        giulia.get("area-personale/pratiche/index.xhtml").body())
                .get(0);
        String herPage = giulia.get("area-personale/pratiche/dettaglio.xhtml?pratica=" + hers)
                .body();
        giulia.postMultipart(
                detailPath,
                Map.of(
                        "message-form",
                        "message-form",
                        "message-text",
                        "Messaggio di Giulia",
                        "message-send",
                        "Invia messaggio",
                        "jakarta.faces.ViewState",
                        Http.viewState(herPage)));
        String asked = giulia.post(
                        detailPath,
                        Map.of(
                                "actions",
                                "actions",
                                "withdraw",
                                "Ritira pratica",
                                "jakarta.faces.ViewState",
                                Http.viewState(herPage)))
                .body();
        giulia.post(
                detailPath,
                Map.of(
                        "actions",
                        "actions",
                        "withdraw-confirm",
                        "Conferma il ritiro",
                        "jakarta.faces.ViewState",
                        asked.contains("jakarta.faces.ViewState") ? Http.viewState(asked) : Http.viewState(herPage)));

        String annas = anna.get(detailPath).body();
        assertThat(annas)
                .contains("id=\"practice-status\">Acquisita<", "id=\"withdraw\"")
                .doesNotContain("Messaggio di Giulia");
        assertThat(giulia.get("area-personale/pratiche/dettaglio.xhtml?pratica=" + hers)
                        .body())
                .doesNotContain(report);
    }

    @ParameterizedTest
    @Order(5)
    @RunAsClient
    @ValueSource(
            strings = {
                "area-personale/pratiche/index.xhtml",
                "area-personale/pratiche/index.xhtml?stato=SENT",
                "area-personale/pratiche/dettaglio.xhtml?pratica=00000000-0000-0000-0000-000000000000",
                "area-personale/documenti.xhtml",
                "area-personale/allegato?rif=00000000-0000-0000-0000-000000000000",
                "area-personale/pratiche/modulo?pratica=00000000-0000-0000-0000-000000000000"
            })
    void anonymousVisitorsAreSentToTheLogin(String path) {
        HttpResponse<String> response = new Http(base).get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/accedi.xhtml?torna=");
    }

    @Test
    @Order(6)
    @RunAsClient
    void aMissingOrUnknownReferenceIsNotFound() {
        Http giulia = login("Giulia Bianchi");

        for (String path : List.of(
                "area-personale/pratiche/dettaglio.xhtml",
                "area-personale/pratiche/dettaglio.xhtml?pratica=",
                "area-personale/pratiche/dettaglio.xhtml?pratica=non-esiste",
                "area-personale/allegato",
                "area-personale/allegato?rif=non-esiste",
                "area-personale/pratiche/modulo",
                "area-personale/pratiche/modulo?pratica=x")) {
            assertThat(giulia.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    @Order(7)
    @RunAsClient
    void theDetailOfAPracticeIsAccessibleAndItsTabsWorkWithTheKeyboard() {
        // the journey lives in its own class, so that the server, which runs the other tests of
        // this class, never has to load the browser's classes
        PracticeDetailJourney.readAndAskToWithdraw(base, reportOf(login("Anna Galli")));
    }

    /**
     * The roles are the container's to check, before any rule of the desk runs: a citizen and a
     * visitor nobody logged in are refused the operators' desk, a member of staff the citizens'
     * own practices.
     */
    @Test
    @Order(8)
    void theContainerKeepsTheDeskFromCitizensAndVisitorsAndTheCitizensPracticesFromStaff() {
        callers.asCitizen(ANNA);
        String report =
                practices.of(CitizenTab.SENT, "segnalazione-disservizio").get(0).getReference();
        assertThatThrownBy(() -> desk.takeCharge(report))
                .as("a citizen, even the applicant")
                .isInstanceOf(EJBAccessException.class);

        callers.anonymous();
        assertThatThrownBy(() -> desk.takeCharge(report)).as("nobody logged in").isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> practices.owned(report)).as("nobody logged in").isInstanceOf(EJBAccessException.class);

        callers.asStaff("operatore");
        assertThatThrownBy(() -> practices.owned(report))
                .as("a member of staff")
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> workflow.withdraw(report))
                .as("a member of staff")
                .isInstanceOf(EJBAccessException.class);
        callers.asCitizen(ANNA);
        assertThat(practices.owned(report).getStatus()).as("nothing changed").isEqualTo(PracticeStatus.ACQUIRED);
    }

    private Http login(String name) {
        Http http = new Http(base);
        http.loginAsDemoCitizen(name);
        return http;
    }

    /** Anna's report of a problem, the only sent report in her list. */
    private static String reportOf(Http anna) {
        return references(anna.get("area-personale/pratiche/index.xhtml?servizio=segnalazione-disservizio&stato=SENT")
                        .body())
                .get(0);
    }

    private static List<String> references(String page) {
        return REFERENCE.matcher(page).results().map(match -> match.group(1)).toList();
    }

    private static String fileOf(String page) {
        Matcher file = FILE.matcher(page);
        assertThat(file.find()).as("a file link").isTrue();
        return file.group(1);
    }

    /** The count in the badge of a status tab ("ALL" for every practice). */
    private static String tabCount(String page, String tab) {
        Matcher count = Pattern.compile("id=\"tab-" + tab + "\"[^>]*>[^<]*<span class=\"badge[^\"]*\">(\\d+)</span>")
                .matcher(page);
        assertThat(count.find()).as("tab " + tab).isTrue();
        return count.group(1);
    }

    /** A report of a problem, sent by the citizen logged in. */
    private Practice sentReport(String description) {
        return Reports.sent(workflow, "strade", description);
    }
}
