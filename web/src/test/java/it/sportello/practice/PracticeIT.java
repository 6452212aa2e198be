package it.sportello.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.form.boundary.Forms;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;
import it.sportello.mail.boundary.Outbox;
import it.sportello.mail.entity.OutgoingMail;
import it.sportello.platform.BusinessException;
import it.sportello.platform.pdf.TextDocument;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.boundary.SentFigure;
import it.sportello.practice.boundary.UnknownPracticeException;
import it.sportello.practice.boundary.Upload;
import it.sportello.practice.entity.AttachmentPurpose;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.practice.entity.StatusChange;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;
import it.sportello.testing.Reports;
import it.sportello.testing.TwoCitizens;

/** Sending practices in the running application: server-side checks, frozen versions, one practice per sending. */
@ExtendWith(ArquillianExtension.class)
class PracticeIT {

    private static final FiscalCode MARIO = TwoCitizens.MARIO;
    private static final FiscalCode GIULIA = TwoCitizens.GIULIA;

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    SentFigure sentFigure;

    @EJB
    Outbox outbox;

    @EJB
    PracticeWorkflow workflow;

    @EJB
    Practices practices;

    @EJB
    Citizens citizens;

    @EJB
    Forms forms;

    @EJB
    it.sportello.practice.boundary.PracticeDesk desk;

    @EJB
    it.sportello.identity.boundary.Operators operators;

    @Inject
    Callers callers;

    /** Gives a call the caller logged in when it is made, for the threads of {@link #atOnce}. */
    @Resource
    ContextService context;

    @BeforeEach
    void citizensHaveLoggedIn() {
        TwoCitizens.signIn(citizens);
    }

    @Test
    void sendingTwiceKeepsOnePracticeWithOneSending() {
        callers.asCitizen(MARIO);
        String reference = filledReport();
        long sentBefore = sentFigure.count();

        Practice first = workflow.send(reference);
        Practice second = workflow.send(reference);

        assertThat(second.getReference()).isEqualTo(first.getReference());
        assertThat(practices.owned(reference).getHistory())
                .extracting(StatusChange::getStatus)
                .containsExactly(PracticeStatus.DRAFT, PracticeStatus.SUBMITTED, PracticeStatus.ACQUIRED);
        assertThat(sentFigure.count()).isEqualTo(sentBefore + 1);
    }

    @Test
    void sendingFromTwoTabsAtOnceSendsOnce() throws Exception {
        callers.asCitizen(MARIO);
        String reference = filledReport();

        List<Practice> tabs =
                atOnce(List.of(asCaller(() -> workflow.send(reference)), asCaller(() -> workflow.send(reference))));

        assertThat(tabs).extracting(Practice::getStatus).containsOnly(PracticeStatus.ACQUIRED);
        assertThat(practices.owned(reference).getHistory())
                .filteredOn(c -> c.getStatus() == PracticeStatus.SUBMITTED)
                .hasSize(1);
    }

    /** A click day: citizens send the same service at the same moment, and none of them collides with another. */
    @Test
    void twentyCitizensSendingOneServiceAtOnceAllSendOnce() throws Exception {
        Map<FiscalCode, String> drafts = new LinkedHashMap<>();
        List<Callable<Practice>> sendings = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            FiscalCode who = clickDayCitizen(n);
            callers.asCitizen(who);
            String reference = filledReport();
            drafts.put(who, reference);
            sendings.add(asCaller(() -> workflow.send(reference)));
        }
        long sentBefore = sentFigure.count();

        List<Practice> sent = atOnce(sendings);

        assertThat(sent).extracting(Practice::getStatus).hasSize(20).containsOnly(PracticeStatus.ACQUIRED);
        assertThat(sentFigure.count()).isEqualTo(sentBefore + 20);
        drafts.forEach((who, reference) -> {
            callers.asCitizen(who);
            assertThat(practices.owned(reference).getHistory())
                    .filteredOn(c -> c.getStatus() == PracticeStatus.SUBMITTED)
                    .hasSize(1);
            assertThat(receiptsOf(reference))
                    .as("receipts of " + reference)
                    .singleElement()
                    .extracting(OutgoingMail::getRecipient)
                    .isEqualTo(emailOf(who));
        });
    }

    @Test
    void theServerChecksTheFormWhateverThePageSentAndDropsHiddenValues() {
        callers.asCitizen(MARIO);
        Practice practice = started("certificati-anagrafici");
        workflow.fill(
                practice.getReference(),
                Map.of(
                        "certificati",
                        List.of("residenza"),
                        "uso",
                        "bollo",
                        "copie",
                        "0",
                        "consegna",
                        "ritiro",
                        "esenzione",
                        "inventata"),
                3);

        assertThatThrownBy(() -> workflow.send(practice.getReference()))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("practice.form.invalid");
        assertThat(practices.owned(practice.getReference()).isDraft())
                .as("nothing sent")
                .isTrue();

        workflow.fill(
                practice.getReference(),
                Map.of(
                        "certificati",
                        List.of("residenza"),
                        "uso",
                        "bollo",
                        "copie",
                        "2",
                        "consegna",
                        "ritiro",
                        "esenzione",
                        "inventata",
                        "importo",
                        "0,01"),
                3);
        Practice sent = workflow.send(practice.getReference());

        assertThat(sent.getData()).as("a hidden field's value is dropped").doesNotContain("inventata");
        assertThat(sent.getData())
                .as("computed on the server, not taken from the page")
                .contains("33.04")
                .doesNotContain("0.01");
    }

    @Test
    void aPracticeKeepsTheFormVersionItWasStartedWith() {
        callers.asCitizen(MARIO);
        Practice practice = started("richiesta-assistenza");
        FormVersion started = practice.getForm();
        String changed = FormDefinitions.toJson(FormDefinitions.parse(started.getDefinition()))
                .replaceFirst("\"required\" *: *true", "\"required\": false");
        callers.asStaff("admin");
        FormVersion newer = forms.publish("richiesta-assistenza", changed);

        assertThat(newer.getNumber()).isGreaterThan(started.getNumber());
        callers.asCitizen(MARIO);
        assertThat(practices.owned(practice.getReference()).getForm().getNumber())
                .isEqualTo(started.getNumber());
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() {
        callers.asCitizen(MARIO);
        Practice practice = started("permesso-passo-carrabile");
        Upload fake = new Upload("planimetria.pdf", "solo testo".getBytes(StandardCharsets.UTF_8));
        Upload real = new Upload("planimetria.pdf", TextDocument.render("Mario Rossi", "Planimetria", "it", List.of()));

        assertThatThrownBy(() -> workflow.attach(practice.getReference(), AttachmentPurpose.FORM, "planimetria", fake))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("practice.file.type");
        assertThat(workflow.attach(practice.getReference(), AttachmentPurpose.FORM, "planimetria", real)
                        .getType())
                .hasToString("PDF");
    }

    @Test
    void anotherCitizensPracticeIsUnknownAndCannotBeTouched() {
        callers.asCitizen(MARIO);
        Practice marios = started("richiesta-assistenza");

        callers.asCitizen(GIULIA);
        assertThatThrownBy(() -> practices.owned(marios.getReference())).isInstanceOf(UnknownPracticeException.class);
        assertThatThrownBy(() -> workflow.send(marios.getReference())).isInstanceOf(UnknownPracticeException.class);
        assertThatThrownBy(() -> workflow.deleteDraft(marios.getReference()))
                .isInstanceOf(UnknownPracticeException.class);
        assertThatThrownBy(() -> workflow.fill(marios.getReference(), Map.of(), 0))
                .isInstanceOf(UnknownPracticeException.class);
    }

    @Test
    void aDraftIsDeletedButASentPracticeIsNot() {
        callers.asCitizen(MARIO);
        Practice draft = started("richiesta-assistenza");
        workflow.deleteDraft(draft.getReference());
        assertThatThrownBy(() -> practices.owned(draft.getReference())).isInstanceOf(UnknownPracticeException.class);

        String sent = filledReport();
        workflow.send(sent);
        assertThatThrownBy(() -> workflow.deleteDraft(sent))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("practice.not_draft");
    }

    @Test
    void anOperatorWhoHoldsPracticesIsNotDeleted() {
        callers.asCitizen(MARIO);
        String reference = filledReport();
        workflow.send(reference);
        callers.asStaff("operatore");
        desk.takeCharge(reference);

        callers.asStaff("manager");
        assertThatThrownBy(() -> operators.delete("operatore"))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("operators.delete.holds_practices");
    }

    @Test
    void aSuspendedServiceStartsNoPractice() {
        callers.asCitizen(MARIO);
        assertThatThrownBy(() -> workflow.start("calcolatore-imis", null))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("practice.service.closed");
    }

    /** A draft of the service, started by the citizen logged in. */
    private Practice started(String service) {
        Practice practice = workflow.start(service, null);
        workflow.acceptPrivacy(practice.getReference());
        workflow.actForSelf(practice.getReference());
        return practice;
    }

    /** A report of a broken street lamp, filled by the citizen logged in and ready to send. */
    private String filledReport() {
        Practice practice = started("segnalazione-disservizio");
        workflow.fill(
                practice.getReference(),
                Reports.typed("illuminazione", "Il lampione davanti al civico 3 è spento da una settimana."),
                3);
        return practice.getReference();
    }

    /** The call, made on another thread as the caller logged in now. */
    private <T> Callable<T> asCaller(Callable<T> call) {
        return context.contextualCallable(call);
    }

    /** Runs the calls from as many threads, released at the same moment; the results in order, or the first failure. */
    private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> call : calls) {
                running.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The n-th of the citizens of a click day, signed in with an address of their own. */
    private FiscalCode clickDayCitizen(int n) {
        String name = "" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26) + "X";
        String first15 = "CLC" + name + "90C41G702";
        FiscalCode who = FiscalCode.of(first15 + FiscalCode.checkCharacter(first15));
        citizens.signIn(
                who,
                new PersonalData("Chiara", "Clicday", LocalDate.of(1990, 3, 1), "Pisa", Sex.FEMALE, emailOf(who), null),
                AuthMethod.SPID,
                "https://www.spid.gov.it/SpidL2");
        return who;
    }

    private static String emailOf(FiscalCode who) {
        return who.toString().toLowerCase(java.util.Locale.ROOT) + "@example.org";
    }

    /**
     * The receipts queued for the practice, whether delivered yet or not, as the job console shows
     * them to the administrator, who stays logged in.
     */
    private List<OutgoingMail> receiptsOf(String reference) {
        callers.asStaff("admin");
        return EnumSet.allOf(OutgoingMail.Status.class).stream()
                .flatMap(status -> outbox.list(status, 0, 10_000).stream())
                .filter(mail -> mail.getSubject().contains("ricevuta di presentazione")
                        && mail.getBody().contains(reference))
                .toList();
    }
}
