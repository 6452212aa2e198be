package it.sportello.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.demo.DemoIdentities;
import it.sportello.form.entity.FileType;
import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.platform.BusinessException;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.boundary.Receipts;
import it.sportello.practice.boundary.UnknownPracticeException;
import it.sportello.practice.boundary.Upload;
import it.sportello.practice.entity.Attachment;
import it.sportello.practice.entity.AttachmentPurpose;
import it.sportello.practice.entity.CitizenTab;
import it.sportello.practice.entity.Message;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.practice.entity.StatusChange;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;
import it.sportello.testing.Reports;

/**
 * What the citizen's personal area reads and does, through the practice boundaries on the real
 * server: lists by tab and service with their counts, messages with files, withdrawal, deleting a
 * draft, and files that only their owner can fetch. Each test measures what it adds, so that the
 * practices of the other tests do not matter.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalAreaIT {

    private static final FiscalCode MARIO = FiscalCode.of("RSSMRA80A01H501U");
    private static final FiscalCode GIULIA = FiscalCode.of("BNCGLI85M52F205H");
    private static final String REPORT = "segnalazione-disservizio";
    private static final String ASSISTANCE = "richiesta-assistenza";
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @EJB
    Practices practices;

    @EJB
    PracticeWorkflow workflow;

    @EJB
    Receipts receipts;

    @EJB
    Citizens citizens;

    @Inject
    DemoIdentities demo;

    @Inject
    Callers callers;

    @BeforeEach
    void citizensHaveLoggedIn() {
        for (String code : List.of("RSSMRA80A01H501U", "BNCGLI85M52F205H")) {
            DemoIdentities.Identity identity = demo.find(code).orElseThrow();
            citizens.signIn(
                    identity.code(), identity.personalData(), AuthMethod.SPID, "https://www.spid.gov.it/SpidL2");
        }
    }

    @Test
    void theTabsCountThePracticesOfTheCitizenAndTheListFiltersByTabAndService() {
        callers.asCitizen(MARIO);
        Map<CitizenTab, Long> before = practices.counts();
        Map<CitizenTab, Long> assistanceBefore = practices.counts(ASSISTANCE);

        Practice draft = workflow.start(ASSISTANCE, null);
        Practice sent = sentReport("Buca profonda davanti al civico 1");

        Map<CitizenTab, Long> after = practices.counts();
        assertThat(after.get(CitizenTab.DRAFTS)).isEqualTo(before.get(CitizenTab.DRAFTS) + 1);
        assertThat(after.get(CitizenTab.SENT)).isEqualTo(before.get(CitizenTab.SENT) + 1);
        assertThat(after.get(CitizenTab.ACCEPTED)).isEqualTo(before.get(CitizenTab.ACCEPTED));
        assertThat(after).containsOnlyKeys(CitizenTab.values());
        Map<CitizenTab, Long> assistance = practices.counts(ASSISTANCE);
        assertThat(assistance.get(CitizenTab.DRAFTS)).isEqualTo(assistanceBefore.get(CitizenTab.DRAFTS) + 1);
        assertThat(assistance.get(CitizenTab.SENT)).isEqualTo(assistanceBefore.get(CitizenTab.SENT));

        assertThat(references(practices.of(CitizenTab.SENT, REPORT)))
                .contains(sent.getReference())
                .doesNotContain(draft.getReference());
        assertThat(references(practices.of(CitizenTab.DRAFTS, null)))
                .contains(draft.getReference())
                .doesNotContain(sent.getReference());
        assertThat(references(practices.of(null, ASSISTANCE)))
                .contains(draft.getReference())
                .doesNotContain(sent.getReference());
        assertThat(practices.of(null, null)).extracting(Practice::getReference).startsWith(sent.getReference());
        assertThat(practices.services())
                .extracting(service -> service.getCode())
                .contains(REPORT, ASSISTANCE)
                .doesNotHaveDuplicates();
        assertThat(practices.recent(1)).extracting(Practice::getReference).containsExactly(sent.getReference());
        callers.asCitizen(GIULIA);
        assertThat(references(practices.of(null, null))).doesNotContain(draft.getReference(), sent.getReference());
    }

    @Test
    void aSentPracticeShowsItsIterDatesAndFrozenForm() {
        callers.asCitizen(MARIO);
        Practice sent = sentReport("Lampione spento");

        Practice read = practices.owned(sent.getReference());
        assertThat(read.getStatus()).isEqualTo(PracticeStatus.ACQUIRED);
        assertThat(read.getHistory())
                .extracting(StatusChange::getStatus)
                .containsExactly(PracticeStatus.DRAFT, PracticeStatus.SUBMITTED, PracticeStatus.ACQUIRED);
        assertThat(read.getSentAt()).isNotNull();
        assertThat(read.answerDueBy(it.sportello.platform.time.Clocks.ITALY)).isPresent();
        assertThat(read.getData()).contains("Lampione spento");
        byte[] pdf = receipts.filledForm(read, Locale.ITALIAN);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aCitizenWritesToTheOfficeWithFilesThatJoinTheDocumentsOfThePractice() {
        callers.asCitizen(MARIO);
        Practice sent = sentReport("Rifiuti abbandonati");

        Message message = workflow.write(
                sent.getReference(),
                "Allego una foto e una nota.",
                false,
                List.of(
                        new Upload("foto.png", PNG),
                        new Upload(
                                "nota.txt", "Sacchi lasciati accanto al cassonetto".getBytes(StandardCharsets.UTF_8))));

        assertThat(message.isFromCitizen()).isTrue();
        Practice read = practices.owned(sent.getReference());
        assertThat(read.getMessages()).extracting(Message::getText).containsExactly("Allego una foto e una nota.");
        assertThat(read.getMessages().get(0).getAttachments())
                .extracting(Attachment::getFileName)
                .containsExactly("foto.png", "nota.txt");
        List<Attachment> files = practices.files();
        assertThat(files)
                .filteredOn(file -> file.getPractice().getReference().equals(sent.getReference()))
                .extracting(Attachment::getFileName, Attachment::getType, Attachment::getPurpose)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("foto.png", FileType.PNG, AttachmentPurpose.MESSAGE),
                        org.assertj.core.groups.Tuple.tuple("nota.txt", FileType.TXT, AttachmentPurpose.MESSAGE));
        callers.asCitizen(GIULIA);
        assertThat(practices.files())
                .extracting(Attachment::getReference)
                .doesNotContainAnyElementsOf(
                        files.stream().map(Attachment::getReference).toList());
    }

    @Test
    void writingIsRefusedOnADraftWithoutTextOrWithoutAnOpenIntegrationRequestAndForFilesThatAreNotWhatTheySay() {
        callers.asCitizen(MARIO);
        Practice draft = workflow.start(REPORT, null);
        Practice sent = sentReport("Albero caduto");

        assertRefused(() -> workflow.write(draft.getReference(), "Ciao", false, List.of()), "practice.message.draft");
        assertRefused(
                () -> workflow.write(sent.getReference(), "Ecco i documenti", true, List.of()),
                "practice.integration.none");
        assertRefused(
                () -> workflow.write(
                        sent.getReference(), "Allego", false, List.of(new Upload("programma.pdf", new byte[] {
                            0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0
                        }))),
                "practice.file.type");
        assertRefused(
                () -> workflow.write(
                        sent.getReference(), "Allego", false, List.of(new Upload("vuoto.txt", new byte[0]))),
                "practice.file.empty");
        assertRefused(
                () -> workflow.write(
                        sent.getReference(),
                        "Allego",
                        false,
                        List.of(new Upload(
                                "relazione.pdf",
                                "<html><body>non sono un PDF</body></html>".getBytes(StandardCharsets.UTF_8)))),
                "practice.file.type");
        assertRefused(
                () -> workflow.write(
                        sent.getReference(),
                        "Allego",
                        false,
                        List.of(new Upload(
                                "pagina.html",
                                "<html><body>una pagina</body></html>".getBytes(StandardCharsets.UTF_8)))),
                "practice.file.type");
        assertRefused(
                () -> workflow.write(
                        sent.getReference(), "Allego", false, List.of(new Upload("documenti.zip", zipBomb()))),
                "practice.file.archive");
        assertThat(practices.owned(sent.getReference()).getMessages()).isEmpty();
    }

    @Test
    void aSentPracticeIsWithdrawnOnceAndASecondWithdrawalIsRefusedWithItsReason() {
        callers.asCitizen(MARIO);
        Practice sent = sentReport("Semaforo guasto");
        long withdrawnBefore = practices.counts().get(CitizenTab.WITHDRAWN);
        assertThat(workflow.withdrawal(sent.getReference()).isAllowed()).isTrue();

        Practice withdrawn = workflow.withdraw(sent.getReference());

        assertThat(withdrawn.getStatus()).isEqualTo(PracticeStatus.WITHDRAWN);
        assertThat(practices.counts().get(CitizenTab.WITHDRAWN)).isEqualTo(withdrawnBefore + 1);
        assertThat(references(practices.of(CitizenTab.WITHDRAWN, REPORT))).contains(sent.getReference());
        assertRefused(() -> workflow.withdraw(sent.getReference()), "practice.withdraw.not_open");
        assertThat(workflow.withdrawal(sent.getReference()).shownRefusal())
                .as("nothing to explain once withdrawn")
                .isNull();
        assertRefused(
                () -> workflow.withdraw(workflow.start(REPORT, null).getReference()), "practice.withdraw.not_open");
        assertThat(practices.owned(sent.getReference()).getHistory())
                .extracting(StatusChange::getStatus)
                .endsWith(PracticeStatus.WITHDRAWN)
                .containsOnlyOnce(PracticeStatus.WITHDRAWN);
    }

    @Test
    void anotherCitizensPracticeIsUnknownToEveryCallAndStaysAsItWas() {
        callers.asCitizen(MARIO);
        Practice sent = sentReport("Marciapiede dissestato");
        workflow.write(sent.getReference(), "Foto allegata", false, List.of(new Upload("foto.png", PNG)));
        String file =
                practices.owned(sent.getReference()).getAttachments().get(0).getReference();

        callers.asCitizen(GIULIA);
        assertThatThrownBy(() -> practices.owned(sent.getReference())).isInstanceOf(UnknownPracticeException.class);
        assertThatThrownBy(() -> practices.attachment(file)).isInstanceOf(UnknownPracticeException.class);
        assertThatThrownBy(() -> workflow.withdraw(sent.getReference())).isInstanceOf(UnknownPracticeException.class);
        assertThatThrownBy(() -> workflow.write(sent.getReference(), "Sono Giulia", false, List.of()))
                .isInstanceOf(UnknownPracticeException.class);
        assertThatThrownBy(() -> workflow.deleteDraft(sent.getReference()))
                .isInstanceOf(UnknownPracticeException.class);

        callers.asCitizen(MARIO);
        assertThatThrownBy(() -> practices.attachment("00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(UnknownPracticeException.class);

        assertThat(practices.attachment(file).bytes()).isEqualTo(PNG);
        Practice unchanged = practices.owned(sent.getReference());
        assertThat(unchanged.getStatus()).isEqualTo(PracticeStatus.ACQUIRED);
        assertThat(unchanged.getMessages()).extracting(Message::getText).containsExactly("Foto allegata");
    }

    @Test
    void aDraftIsDeletedAndASentPracticeIsNot() {
        callers.asCitizen(MARIO);
        Practice draft = workflow.start(ASSISTANCE, null);
        Practice sent = sentReport("Panchina rotta");

        workflow.deleteDraft(draft.getReference());

        assertThatThrownBy(() -> practices.owned(draft.getReference())).isInstanceOf(UnknownPracticeException.class);
        assertRefused(() -> workflow.deleteDraft(sent.getReference()), "practice.not_draft");
        assertThat(practices.owned(sent.getReference()).isSent()).isTrue();
    }

    /** A report of a problem, filled and sent the way the wizard does it, by the citizen logged in. */
    private Practice sentReport(String description) {
        return Reports.sent(workflow, "strade", description);
    }

    private static List<String> references(List<Practice> list) {
        return list.stream().map(Practice::getReference).toList();
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo(key));
    }

    /** 20 MB of zeros packed in a few KB: an archive made to fill whoever unpacks it. */
    private static byte[] zipBomb() {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(packed)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("zeri.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return packed.toByteArray();
    }
}
