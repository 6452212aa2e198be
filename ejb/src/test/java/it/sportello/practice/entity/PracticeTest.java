package it.sportello.practice.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.sportello.catalog.entity.AccessLevel;
import it.sportello.catalog.entity.PaymentMode;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.ServiceStatus;
import it.sportello.catalog.entity.Workflow;
import it.sportello.form.entity.FileType;
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;
import it.sportello.platform.i18n.LocalizedText;

class PracticeTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ROME);
    private static final FiscalCode MARIO = FiscalCode.of("RSSMRA80A01H501U");
    private static final FiscalCode GIULIA = FiscalCode.of("BNCGLI85M52F205H");
    private static final WithdrawalCheck NOTHING_AGAINST = new WithdrawalCheck(false, false);
    private static final DeskPolicy NOTHING_DUE = DeskPolicy.protocol(false);

    private final Service service = service(Workflow.APPROVAL);
    private final Citizen mario = citizen(MARIO, "Mario", "Rossi");
    private final Practice practice = start(service, mario);

    @Test
    void aNewPracticeIsADraftWithTheApplicantsContactsAndOneStepInItsIter() {
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(practice.getApplication().getApplicantEmail()).isEqualTo("mario@spid.example");
        assertThat(practice.getHistory()).extracting(StatusChange::getStatus).containsExactly(PracticeStatus.DRAFT);
        assertThat(practice.isSent()).isFalse();
        assertThat(practice.answerDueBy(ROME)).isEmpty();
    }

    @Test
    void aSentPracticeIsSubmittedThenAcquiredWithFrozenDataAndTheLoginThatSentIt() {
        readyToSend(practice);

        practice.filling()
                .send(
                        "{\"nome\":\"Mario\"}",
                        AuthMethod.SPID,
                        "https://www.spid.gov.it/SpidL2",
                        NOTHING_DUE,
                        NOW,
                        ROME);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.ACQUIRED);
        assertThat(practice.getHistory())
                .extracting(StatusChange::getStatus)
                .containsExactly(PracticeStatus.DRAFT, PracticeStatus.SUBMITTED, PracticeStatus.ACQUIRED);
        assertThat(practice.getHistory())
                .extracting(StatusChange::getActorKind)
                .containsExactly(Actor.CITIZEN, Actor.CITIZEN, Actor.SYSTEM);
        assertThat(practice.getData()).isEqualTo("{\"nome\":\"Mario\"}");
        assertThat(practice.getApplication().getInput()).isNull();
        assertThat(practice.getAuthMethod()).isEqualTo(AuthMethod.SPID);
        assertThat(practice.answerDueBy(ROME)).contains(TODAY.plusDays(30));
    }

    @Test
    void aSentPracticeCanNoLongerBeChanged() {
        readyToSend(practice);
        practice.filling().send("{}", AuthMethod.CIE, null, NOTHING_DUE, NOW, ROME);

        assertRefused(() -> practice.filling().fill("{}", 2, NOW), "practice.not_draft");
        assertRefused(() -> practice.filling().contacts("altro@example.org", null, NOW), "practice.not_draft");
        assertRefused(() -> practice.filling().actForSelf(NOW), "practice.not_draft");
        assertRefused(
                () -> practice.filling().send("{}", AuthMethod.CIE, null, NOTHING_DUE, NOW, ROME),
                "practice.not_draft");
    }

    @Test
    void sendingNeedsThePrivacyNotice() {
        practice.filling().actForSelf(NOW);

        assertRefused(
                () -> practice.filling().send("{}", AuthMethod.SPID, null, NOTHING_DUE, NOW, ROME),
                "practice.privacy.required");
    }

    @Test
    void sendingNeedsAnEmailToAnswerTo() {
        practice.filling().acceptPrivacy(NOW);
        practice.filling().actForSelf(NOW);
        practice.filling().contacts(" ", null, NOW);

        assertRefused(
                () -> practice.filling().send("{}", AuthMethod.SPID, null, NOTHING_DUE, NOW, ROME),
                "practice.email.required");
    }

    @Test
    void sendingNeedsTheRoleOfTheApplicant() {
        practice.filling().acceptPrivacy(NOW);

        assertRefused(
                () -> practice.filling().send("{}", AuthMethod.SPID, null, NOTHING_DUE, NOW, ROME),
                "practice.role.required");
    }

    @Test
    void aDelegateSendsOnlyWithTheDelegationAndTheDocumentBothValid() {
        practice.filling().acceptPrivacy(NOW);
        practice.filling()
                .actFor(new Beneficiary(GIULIA, "Giulia", "Bianchi", TODAY.plusDays(30), TODAY.plusYears(2)), NOW);
        assertRefused(
                () -> practice.filling().send("{}", AuthMethod.SPID, null, NOTHING_DUE, NOW, ROME),
                "practice.delegation.file.missing");

        attachDocuments(practice);
        practice.filling().send("{}", AuthMethod.SPID, null, NOTHING_DUE, NOW, ROME);

        assertThat(practice.getApplication().getRole()).isEqualTo(ApplicantRole.DELEGATE);
        assertThat(practice.getApplication().getBeneficiary().fullName()).isEqualTo("Giulia Bianchi");
        assertThat(practice.isSent()).isTrue();
    }

    @Test
    void anExpiredDelegationOrDocumentIsRefused() {
        practice.filling().acceptPrivacy(NOW);
        attachDocuments(practice);

        practice.filling()
                .actFor(new Beneficiary(GIULIA, "Giulia", "Bianchi", TODAY.minusDays(1), TODAY.plusYears(2)), NOW);
        assertRefused(
                () -> practice.filling().send("{}", AuthMethod.SPID, null, NOTHING_DUE, NOW, ROME),
                "practice.delegation.expired");

        practice.filling().actFor(new Beneficiary(GIULIA, "Giulia", "Bianchi", TODAY, TODAY.minusDays(1)), NOW);
        assertRefused(
                () -> practice.filling().send("{}", AuthMethod.SPID, null, NOTHING_DUE, NOW, ROME),
                "practice.document.expired");
    }

    @Test
    void aBeneficiaryNeedsNamesAndCodiceFiscaleAndIsNotTheApplicant() {
        practice.filling().acceptPrivacy(NOW);
        attachDocuments(practice);
        practice.filling().actFor(new Beneficiary(GIULIA, " ", "Bianchi", TODAY, TODAY), NOW);
        assertRefused(
                () -> practice.filling().send("{}", AuthMethod.SPID, null, NOTHING_DUE, NOW, ROME),
                "practice.beneficiary.incomplete");

        assertRefused(
                () -> practice.filling().actFor(new Beneficiary(MARIO, "Mario", "Rossi", TODAY, TODAY), NOW),
                "practice.beneficiary.self");
    }

    @Test
    void actingForOneselfDropsTheDelegationFiles() {
        practice.filling().actFor(new Beneficiary(GIULIA, "Giulia", "Bianchi", TODAY, TODAY), NOW);
        attachDocuments(practice);

        practice.filling().actForSelf(NOW);

        assertThat(practice.getAttachments()).isEmpty();
        assertThat(practice.getApplication().getBeneficiary()).isNull();
    }

    @Test
    void aNewUploadOfTheSameFieldReplacesTheEarlierOne() {
        practice.filling()
                .attach(
                        "a1",
                        AttachmentPurpose.FORM,
                        "planimetria",
                        "vecchia.pdf",
                        FileType.PDF,
                        new byte[] {1},
                        "x",
                        NOW);
        practice.filling()
                .attach(
                        "a2",
                        AttachmentPurpose.FORM,
                        "planimetria",
                        "nuova.pdf",
                        FileType.PDF,
                        new byte[] {2},
                        "y",
                        NOW);
        practice.filling()
                .attach("a3", AttachmentPurpose.FORM, "foto", "foto.png", FileType.PNG, new byte[] {3}, "z", NOW);

        assertThat(practice.getAttachments())
                .extracting(Attachment::getFileName)
                .containsExactly("nuova.pdf", "foto.png");
        assertThat(practice.attachmentOfField("planimetria"))
                .get()
                .extracting(Attachment::getReference)
                .isEqualTo("a2");
    }

    @Test
    void aFieldsFileTakenAwayLeavesTheOtherFiles() {
        practice.filling()
                .attach(
                        "a1",
                        AttachmentPurpose.FORM,
                        "planimetria",
                        "pianta.pdf",
                        FileType.PDF,
                        new byte[] {1},
                        "x",
                        NOW);
        practice.filling()
                .attach("a2", AttachmentPurpose.FORM, "foto", "foto.png", FileType.PNG, new byte[] {2}, "y", NOW);

        practice.filling().detachFieldFile("foto", NOW);

        assertThat(practice.attachmentOfField("foto")).isEmpty();
        assertThat(practice.getAttachments())
                .extracting(Attachment::getFileName)
                .containsExactly("pianta.pdf");
    }

    @Test
    void anAttachmentKeepsTheCleanedNameWhateverItsCallerPassed() {
        practice.filling()
                .attach(
                        "a1",
                        AttachmentPurpose.FORM,
                        "planimetria",
                        "C:\\Users\\mario\\fattura\u202Efdp.exe",
                        FileType.PDF,
                        new byte[] {1},
                        "x",
                        NOW);

        assertThat(practice.attachmentOfField("planimetria"))
                .get()
                .extracting(Attachment::getFileName)
                .isEqualTo("fatturafdp.exe");
    }

    @Test
    void thePractiseChangingAnEarlierOneMustBeOfTheSameCitizenAndServiceAndSent() {
        assertRefused(
                () -> Practice.start("r2", service, form(service), mario, practice, NOW), "practice.previous.invalid");

        readyToSend(practice);
        practice.filling().send("{}", AuthMethod.SPID, null, NOTHING_DUE, NOW, ROME);
        Practice renewal = Practice.start("r2", service, form(service), mario, practice, NOW);
        assertThat(renewal.getPrevious()).isSameAs(practice);

        Citizen giulia = citizen(GIULIA, "Giulia", "Bianchi");
        assertRefused(
                () -> Practice.start("r3", service, form(service), giulia, practice, NOW), "practice.previous.invalid");
        Service other = service(Workflow.APPROVAL);
        assertRefused(
                () -> Practice.start("r4", other, form(other), mario, practice, NOW), "practice.previous.invalid");
    }

    // --- withdrawal -----------------------------------------------------------------------------

    @Test
    void theApplicantWithdrawsAPracticeTheOfficeHas() {
        sent(practice);

        practice.withdraw(MARIO, NOTHING_AGAINST, NOW);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.WITHDRAWN);
        assertThat(practice.getHistory())
                .last()
                .extracting(StatusChange::getActor)
                .isEqualTo(MARIO.toString());
    }

    @Test
    void onlyTheApplicantWithdraws() {
        sent(practice);

        assertRefused(() -> practice.withdraw(GIULIA, NOTHING_AGAINST, NOW), "practice.withdraw.not_applicant");
    }

    @Test
    void aDraftOrADecidedPracticeIsNotWithdrawn() {
        assertRefused(() -> practice.withdraw(MARIO, NOTHING_AGAINST, NOW), "practice.withdraw.not_open");

        sent(practice);
        practice.withdraw(MARIO, NOTHING_AGAINST, NOW);
        assertRefused(() -> practice.withdraw(MARIO, NOTHING_AGAINST, NOW), "practice.withdraw.not_open");
    }

    @Test
    void withdrawalIsRefusedWhenTheServiceDoesNotAllowIt() {
        service.allowWithdrawal(false);
        sent(practice);

        assertRefused(() -> practice.withdraw(MARIO, NOTHING_AGAINST, NOW), "practice.withdraw.not_allowed");
    }

    @Test
    void withdrawalIsRefusedWhenAPaymentExists() {
        sent(practice);

        assertRefused(
                () -> practice.withdraw(MARIO, new WithdrawalCheck(true, false), NOW), "practice.withdraw.payment");
    }

    @Test
    void withdrawalIsRefusedOnceAnotherBackOfficeAcquiredTheForwardedPractice() {
        Service forwarded = service(Workflow.FORWARD);
        Practice suap = start(forwarded, mario);
        sent(suap);

        assertRefused(() -> suap.withdraw(MARIO, NOTHING_AGAINST, NOW), "practice.withdraw.forwarded");
    }

    @Test
    void withdrawalWaitsForTheProtocolWhenTheRegisterIsOn() {
        sent(practice);

        assertRefused(
                () -> practice.withdraw(MARIO, new WithdrawalCheck(false, true), NOW),
                "practice.withdraw.not_registered");
    }

    @Test
    void theWithdrawalQuerySaysWhetherItIsAllowedOrWhyNotWithoutWithdrawing() {
        sent(practice);

        assertThat(practice.withdrawal(MARIO, NOTHING_AGAINST).isAllowed()).isTrue();
        Withdrawal paid = practice.withdrawal(MARIO, new WithdrawalCheck(true, false));
        assertThat(paid.isAllowed()).isFalse();
        assertThat(paid.shownRefusal()).isEqualTo("practice.withdraw.payment");
        assertThat(practice.withdrawal(MARIO, new WithdrawalCheck(false, true)).shownRefusal())
                .isEqualTo("practice.withdraw.not_registered");
        assertThat(practice.getStatus()).isNotEqualTo(PracticeStatus.WITHDRAWN);
    }

    @Test
    void theWithdrawalQuerySaysWhyAServiceThatForbidsItRefuses() {
        service.allowWithdrawal(false);
        sent(practice);

        assertThat(practice.withdrawal(MARIO, NOTHING_AGAINST).shownRefusal())
                .isEqualTo("practice.withdraw.not_allowed");
    }

    @Test
    void aDraftOrAWithdrawnPracticeHasNoWithdrawalToOfferNorToExplain() {
        Withdrawal ofDraft = practice.withdrawal(MARIO, NOTHING_AGAINST);
        assertThat(ofDraft.isAllowed()).isFalse();
        assertThat(ofDraft.shownRefusal()).isNull();

        sent(practice);
        practice.withdraw(MARIO, NOTHING_AGAINST, NOW);
        Withdrawal ofWithdrawn = practice.withdrawal(MARIO, NOTHING_AGAINST);
        assertThat(ofWithdrawn.isAllowed()).isFalse();
        assertThat(ofWithdrawn.shownRefusal()).isNull();
    }

    // --- messages -------------------------------------------------------------------------------

    @Test
    void theCitizenWritesToTheOfficeWithFilesAlsoAfterTheOutcome() {
        sent(practice);
        practice.withdraw(MARIO, NOTHING_AGAINST, NOW);

        Message message = practice.correspondence()
                .fromCitizen(
                        " Allego la planimetria aggiornata. ",
                        false,
                        List.of(new PendingFile("m1", "pianta.pdf", FileType.PDF, new byte[] {1}, "h")),
                        NOW);

        assertThat(message.getText()).isEqualTo("Allego la planimetria aggiornata.");
        assertThat(message.getAttachments())
                .extracting(Attachment::getPurpose)
                .containsExactly(AttachmentPurpose.MESSAGE);
        assertThat(practice.getMessages()).containsExactly(message);
    }

    @Test
    void aDraftHasNoMessagesAndAnEmptyMessageIsRefused() {
        assertRefused(
                () -> practice.correspondence().fromCitizen("Ciao", false, List.of(), NOW), "practice.message.draft");

        sent(practice);
        assertRefused(
                () -> practice.correspondence().fromCitizen("  ", false, List.of(), NOW), "practice.message.empty");
    }

    @Test
    void anIntegrationAnswerNeedsAnOpenIntegrationRequest() {
        sent(practice);

        assertRefused(
                () -> practice.correspondence().fromCitizen("Ecco i documenti", true, List.of(), NOW),
                "practice.integration.none");
    }

    @Test
    void aMessageWhoseFilesWeighTooMuchTogetherIsRefused() {
        sent(practice);
        byte[] half = new byte[(int) (Message.MAX_FILES_SIZE / 2)];

        assertRefused(
                () -> practice.correspondence()
                        .fromCitizen(
                                "Ecco i documenti",
                                false,
                                List.of(
                                        new PendingFile("m1", "uno.pdf", FileType.PDF, half, "h1"),
                                        new PendingFile("m2", "due.pdf", FileType.PDF, half, "h2"),
                                        new PendingFile("m3", "tre.pdf", FileType.PDF, new byte[] {1}, "h3")),
                                NOW),
                "practice.message.files_too_large");
        assertThat(practice.getMessages()).isEmpty();
    }

    // --- helpers --------------------------------------------------------------------------------

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String key) {
        assertThatThrownBy(change)
                .isInstanceOf(PracticeRefusedException.class)
                .extracting(e -> ((PracticeRefusedException) e).messageKey())
                .isEqualTo(key);
    }

    private static void readyToSend(Practice practice) {
        practice.filling().acceptPrivacy(NOW);
        practice.filling().actForSelf(NOW);
    }

    private static void sent(Practice practice) {
        readyToSend(practice);
        practice.filling().send("{}", AuthMethod.SPID, "https://www.spid.gov.it/SpidL2", NOTHING_DUE, NOW, ROME);
    }

    private static void attachDocuments(Practice practice) {
        practice.filling()
                .attach("d1", AttachmentPurpose.DELEGATION, null, "delega.pdf", FileType.PDF, new byte[] {1}, "a", NOW);
        practice.filling()
                .attach(
                        "d2",
                        AttachmentPurpose.IDENTITY_DOCUMENT,
                        null,
                        "ci.pdf",
                        FileType.PDF,
                        new byte[] {2},
                        "b",
                        NOW);
    }

    private static Practice start(Service service, Citizen applicant) {
        return Practice.start("ref-" + System.nanoTime(), service, form(service), applicant, null, NOW);
    }

    private static FormVersion form(Service service) {
        return new FormVersion(service, 1, "{\"sections\": []}", NOW, "admin");
    }

    private static Service service(Workflow workflow) {
        Service service = new Service(
                "servizio-" + System.nanoTime(),
                LocalizedText.italian("Permesso"),
                LocalizedText.italian("Un permesso"));
        service.configure(ServiceStatus.AVAILABLE, null, null, AccessLevel.SPID_L2, PaymentMode.NONE, workflow, 30);
        return service;
    }

    private static Citizen citizen(FiscalCode code, String given, String family) {
        PersonalData identity = new PersonalData(
                given,
                family,
                LocalDate.of(1980, 1, 1),
                "Roma",
                Sex.MALE,
                given.toLowerCase() + "@spid.example",
                "+39 333 1234567");
        Citizen citizen = new Citizen(code, identity);
        citizen.signedIn(identity, AuthMethod.SPID, "https://www.spid.gov.it/SpidL2", NOW);
        return citizen;
    }
}
