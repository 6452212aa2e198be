package it.sportello.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.form.boundary.Forms;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;
import it.sportello.platform.BusinessException;
import it.sportello.platform.pdf.TextDocument;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.boundary.UnknownPracticeException;
import it.sportello.practice.boundary.Upload;
import it.sportello.practice.entity.AttachmentPurpose;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.practice.entity.StatusChange;
import it.sportello.testing.Deployments;

/** Sending practices in the running application: server-side checks, frozen versions, one practice per sending. */
@ExtendWith(ArquillianExtension.class)
class PracticeIT {

    private static final FiscalCode MARIO = FiscalCode.of("RSSMRA80A01H501U");
    private static final FiscalCode GIULIA = FiscalCode.of("BNCGLI85M52F205H");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @EJB
    PracticeWorkflow workflow;

    @EJB
    Practices practices;

    @EJB
    Citizens citizens;

    @EJB
    Catalog catalog;

    @EJB
    Forms forms;

    @EJB
    it.sportello.practice.boundary.PracticeDesk desk;

    @EJB
    it.sportello.identity.boundary.Operators operators;

    @BeforeEach
    void citizensHaveLoggedIn() {
        citizens.signIn(MARIO, new PersonalData("Mario", "Rossi", LocalDate.of(1980, 1, 1), "Roma", Sex.MALE,
                "mario.rossi@example.org", null), AuthMethod.SPID, "https://www.spid.gov.it/SpidL2");
        citizens.signIn(GIULIA, new PersonalData("Giulia", "Bianchi", LocalDate.of(1985, 8, 12), "Milano", Sex.FEMALE,
                "giulia.bianchi@example.org", null), AuthMethod.CIE, "https://www.spid.gov.it/SpidL2");
    }

    @Test
    void sendingTwiceKeepsOnePracticeWithOneSending() {
        String reference = filledReport(MARIO);
        long sentBefore = catalog.service("segnalazione-disservizio").orElseThrow().getSentCount();

        Practice first = workflow.send(MARIO, reference);
        Practice second = workflow.send(MARIO, reference);

        assertThat(second.getReference()).isEqualTo(first.getReference());
        assertThat(practices.owned(MARIO, reference).getHistory()).extracting(StatusChange::getStatus)
                .containsExactly(PracticeStatus.DRAFT, PracticeStatus.SUBMITTED, PracticeStatus.ACQUIRED);
        assertThat(catalog.service("segnalazione-disservizio").orElseThrow().getSentCount()).isEqualTo(sentBefore + 1);
    }

    @Test
    void sendingFromTwoTabsAtOnceSendsOnce() throws Exception {
        String reference = filledReport(MARIO);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<PracticeStatus>> tabs = List.of(1, 2).stream().map(tab -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
                return workflow.send(MARIO, reference).getStatus();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        start.countDown();
        for (CompletableFuture<PracticeStatus> tab : tabs) {
            assertThat(tab.get()).isEqualTo(PracticeStatus.ACQUIRED);
        }

        assertThat(practices.owned(MARIO, reference).getHistory()).filteredOn(c -> c.getStatus() == PracticeStatus.SUBMITTED)
                .hasSize(1);
    }

    @Test
    void theServerChecksTheFormWhateverThePageSentAndDropsHiddenValues() {
        Practice practice = started(MARIO, "certificati-anagrafici");
        workflow.fill(MARIO, practice.getReference(), Map.of("certificati", List.of("residenza"), "uso", "bollo",
                "copie", "0", "consegna", "ritiro", "esenzione", "inventata"), 3);

        assertThatThrownBy(() -> workflow.send(MARIO, practice.getReference())).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("practice.form.invalid");
        assertThat(practices.owned(MARIO, practice.getReference()).isDraft()).as("nothing sent").isTrue();

        workflow.fill(MARIO, practice.getReference(), Map.of("certificati", List.of("residenza"), "uso", "bollo",
                "copie", "2", "consegna", "ritiro", "esenzione", "inventata", "importo", "0,01"), 3);
        Practice sent = workflow.send(MARIO, practice.getReference());

        assertThat(sent.getData()).as("a hidden field's value is dropped").doesNotContain("inventata");
        assertThat(sent.getData()).as("computed on the server, not taken from the page").contains("33.04").doesNotContain("0.01");
    }

    @Test
    void aPracticeKeepsTheFormVersionItWasStartedWith() {
        Practice practice = started(MARIO, "richiesta-assistenza");
        FormVersion started = practice.getForm();
        String changed = FormDefinitions.toJson(FormDefinitions.parse(started.getDefinition()))
                .replaceFirst("\"required\" *: *true", "\"required\": false");
        FormVersion newer = forms.publish("richiesta-assistenza", changed, "admin");

        assertThat(newer.getNumber()).isGreaterThan(started.getNumber());
        assertThat(practices.owned(MARIO, practice.getReference()).getForm().getNumber()).isEqualTo(started.getNumber());
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() {
        Practice practice = started(MARIO, "permesso-passo-carrabile");
        Upload fake = new Upload("planimetria.pdf", "solo testo".getBytes(StandardCharsets.UTF_8));
        Upload real = new Upload("planimetria.pdf", TextDocument.render("Mario Rossi", "Planimetria", "it", List.of()));

        assertThatThrownBy(() -> workflow.attach(MARIO, practice.getReference(), AttachmentPurpose.FORM, "planimetria", fake))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("practice.file.type");
        assertThat(workflow.attach(MARIO, practice.getReference(), AttachmentPurpose.FORM, "planimetria", real).getType())
                .hasToString("PDF");
    }

    @Test
    void anotherCitizensPracticeIsUnknownAndCannotBeTouched() {
        Practice marios = started(MARIO, "richiesta-assistenza");

        assertThatThrownBy(() -> practices.owned(GIULIA, marios.getReference())).isInstanceOf(UnknownPracticeException.class);
        assertThatThrownBy(() -> workflow.send(GIULIA, marios.getReference())).isInstanceOf(UnknownPracticeException.class);
        assertThatThrownBy(() -> workflow.deleteDraft(GIULIA, marios.getReference())).isInstanceOf(UnknownPracticeException.class);
        assertThatThrownBy(() -> workflow.fill(GIULIA, marios.getReference(), Map.of(), 0)).isInstanceOf(UnknownPracticeException.class);
    }

    @Test
    void aDraftIsDeletedButASentPracticeIsNot() {
        Practice draft = started(MARIO, "richiesta-assistenza");
        workflow.deleteDraft(MARIO, draft.getReference());
        assertThatThrownBy(() -> practices.owned(MARIO, draft.getReference())).isInstanceOf(UnknownPracticeException.class);

        String sent = filledReport(MARIO);
        workflow.send(MARIO, sent);
        assertThatThrownBy(() -> workflow.deleteDraft(MARIO, sent)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("practice.not_draft");
    }

    @Test
    void anOperatorWhoHoldsPracticesIsNotDeleted() {
        String reference = filledReport(MARIO);
        workflow.send(MARIO, reference);
        desk.takeCharge("operatore", reference);

        assertThatThrownBy(() -> operators.delete("operatore", "manager")).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("operators.delete.holds_practices");
    }

    @Test
    void aSuspendedServiceStartsNoPractice() {
        assertThatThrownBy(() -> workflow.start(MARIO, "calcolatore-imis", null)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("practice.service.closed");
    }

    private Practice started(FiscalCode who, String service) {
        Practice practice = workflow.start(who, service, null);
        workflow.acceptPrivacy(who, practice.getReference());
        workflow.actForSelf(who, practice.getReference());
        return practice;
    }

    /** A report of a broken street lamp, filled and ready to send. */
    private String filledReport(FiscalCode who) {
        Practice practice = started(who, "segnalazione-disservizio");
        workflow.fill(who, practice.getReference(), Map.of("categoria", "illuminazione",
                "descrizione", "Il lampione davanti al civico 3 è spento da una settimana.",
                "luogo", Map.of("street", "Via Roma", "number", "3", "country", "IT", "province", "PI", "comune", "Pisa", "cap", "56125")), 3);
        return practice.getReference();
    }
}
