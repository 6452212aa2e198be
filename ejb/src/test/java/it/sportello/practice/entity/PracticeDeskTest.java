package it.sportello.practice.entity;

import static it.sportello.practice.entity.SentPractices.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.form.entity.FileType;
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.platform.i18n.LocalizedText;
import it.sportello.platform.money.InvalidAmountException;
import it.sportello.platform.text.RichText;

/** The operators' side of a practice: who works it, integrations, outcomes, notes. */
class PracticeDeskTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Instant SENT = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant NOW = SENT.plusSeconds(3600);
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final FiscalCode MARIO = SentPractices.MARIO;
    private static final DeskPolicy PROTOCOL_OFF = DeskPolicy.protocol(false);
    private static final DeskPolicy PROTOCOL_ON = DeskPolicy.protocol(true);
    private static final PendingFile LETTER = new PendingFile("l1", "esito.pdf", FileType.PDF, new byte[] {1}, "h1");

    private final Office tecnico = new Office("ufficio-tecnico", LocalizedText.italian("Ufficio tecnico"));
    private final Office polizia = new Office("polizia-locale", LocalizedText.italian("Polizia locale"));
    private final Service service = service(tecnico);
    private final StaffAccount olga = operator("operatore", Set.of(tecnico), Set.of(service));
    private final StaffAccount piero = operator("piero", Set.of(tecnico, polizia), Set.of(service));
    private final StaffAccount stranger = operator("anagrafe", Set.of(tecnico), Set.of());
    private final Practice practice = sent(service);

    // --- taking charge and assigning ------------------------------------------------------------

    @Test
    void takingChargeOfAnAcquiredPracticeMakesTheOperatorItsAssigneeAndPutsItInProgress() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.IN_PROGRESS);
        assertThat(practice.getAssignment().getOperator()).isSameAs(olga);
        assertThat(practice.getAssignment().getOffice())
                .as("the service's office, where the operator works")
                .isSameAs(tecnico);
        assertThat(practice.getHistory()).last().satisfies(step -> {
            assertThat(step.getActorKind()).isEqualTo(Actor.OPERATOR);
            assertThat(step.getActor()).isEqualTo("operatore");
        });
        assertThat(practice.getStatusChangedAt()).isEqualTo(NOW);
        assertThat(practice.getActions()).extracting(DeskAction::getKind).containsExactly(DeskAction.Kind.TAKE_CHARGE);
    }

    @Test
    void takingChargeIsRefusedToAnOperatorNotEnabledForTheService() {
        assertRefused(() -> practice.desk().takeCharge(stranger, PROTOCOL_OFF, NOW), "practice.desk.not_enabled");
    }

    @Test
    void aPracticeAlreadyInProgressIsNotTakenAgainButTakenOver() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        assertRefused(() -> practice.desk().takeCharge(piero, PROTOCOL_OFF, NOW), "practice.desk.take.not_waiting");
    }

    @Test
    void aPracticeAssignedToAColleagueIsTakenOverNotTakenInCharge() {
        practice.desk().assign(olga, null, piero, PROTOCOL_OFF, NOW);

        assertRefused(() -> practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW), "practice.desk.take.not_waiting");
        practice.desk().takeOver(olga, LATER);
        assertThat(practice.getAssignment().getOperator()).isSameAs(olga);
        assertThat(practice.getActions())
                .last()
                .extracting(DeskAction::getDetail)
                .isEqualTo("piero");
    }

    @Test
    void anAcquiredPracticeIsTakenAlsoWithTheProtocolRegisterOn() {
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.ACQUIRED);

        practice.desk().takeCharge(olga, PROTOCOL_ON, NOW);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.IN_PROGRESS);
    }

    @Test
    void aDraftIsNeitherTakenNorAssigned() {
        Practice draft = Practice.start("d", service, form(service), mario(), null, NOW);

        assertRefused(() -> draft.desk().takeCharge(olga, PROTOCOL_OFF, NOW), "practice.desk.draft");
        assertRefused(() -> draft.desk().assign(olga, tecnico, null, PROTOCOL_OFF, NOW), "practice.desk.draft");
    }

    @Test
    void takingOverNeedsAColleagueHoldingThePractice() {
        assertRefused(() -> practice.desk().takeOver(olga, NOW), "practice.desk.take_over.not_held_by_other");

        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);
        assertRefused(() -> practice.desk().takeOver(olga, NOW), "practice.desk.take_over.not_held_by_other");
    }

    @Test
    void assigningToAnOperatorTakesAWaitingPracticeInChargeForThem() {
        practice.desk().assign(olga, tecnico, piero, PROTOCOL_OFF, NOW);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.IN_PROGRESS);
        assertThat(practice.getAssignment().getOperator()).isSameAs(piero);
        assertThat(practice.getAssignment().getOffice()).isSameAs(tecnico);
        assertThat(practice.getHistory())
                .last()
                .extracting(StatusChange::getActor)
                .as("who assigned it")
                .isEqualTo("operatore");
        assertThat(practice.getActions())
                .last()
                .extracting(DeskAction::getDetail)
                .isEqualTo("ufficio-tecnico / piero");
    }

    @Test
    void assigningToAnOfficeOnlyLeavesThePracticeWaitingForSomebodyThere() {
        practice.desk().assign(olga, polizia, null, PROTOCOL_OFF, NOW);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.ACQUIRED);
        assertThat(practice.getAssignment().getOffice()).isSameAs(polizia);
        assertThat(practice.getAssignment().getOperator()).isNull();
    }

    @Test
    void assigningToAnotherOfficeDropsAnOperatorWhoDoesNotWorkThereAndSomebodyThereTakesIt() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        practice.desk().assign(olga, polizia, null, PROTOCOL_OFF, NOW);
        assertThat(practice.getAssignment().getOperator()).isNull();
        assertRefused(
                () -> practice.correspondence()
                        .requestIntegration(olga, RichText.sanitize("Serve la planimetria"), List.of(), NOW),
                "practice.desk.not_taken");

        practice.desk().takeCharge(piero, PROTOCOL_OFF, LATER);
        assertThat(practice.getAssignment().getOperator()).isSameAs(piero);
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.IN_PROGRESS);
    }

    @Test
    void assignmentNeedsSomebodyEnabledForTheServiceAndWorkingInTheOffice() {
        assertRefused(() -> practice.desk().assign(olga, null, null, PROTOCOL_OFF, NOW), "practice.desk.assign.nobody");
        assertRefused(
                () -> practice.desk().assign(olga, null, stranger, PROTOCOL_OFF, NOW),
                "practice.desk.assign.not_enabled");
        assertRefused(
                () -> practice.desk().assign(olga, polizia, olga, PROTOCOL_OFF, NOW),
                "practice.desk.assign.not_in_office");
    }

    @Test
    void routingGivesAnArrivingPracticeItsOfficeUnlessOneWasAssigned() {
        assertThat(practice.desk().route(polizia, NOW)).isTrue();
        assertThat(practice.getAssignment().getOffice()).isSameAs(polizia);
        assertThat(practice.getActions()).last().satisfies(action -> {
            assertThat(action.getKind()).isEqualTo(DeskAction.Kind.ROUTE);
            assertThat(action.getActorKind()).isEqualTo(Actor.SYSTEM);
        });

        assertThat(practice.desk().route(tecnico, NOW)).isFalse();
        assertThat(practice.getAssignment().getOffice()).isSameAs(polizia);
    }

    @Test
    void thePriorityChangesAndIsRecorded() {
        assertThat(practice.getAssignment().getPriority()).isEqualTo(Priority.NORMAL);

        practice.desk().prioritize(olga, Priority.URGENT, NOW);

        assertThat(practice.getAssignment().getPriority()).isEqualTo(Priority.URGENT);
        assertThat(practice.getActions())
                .last()
                .extracting(DeskAction::getDetail)
                .isEqualTo("URGENT");
    }

    // --- working a practice ---------------------------------------------------------------------

    @Test
    void aPracticeMustBeTakenInChargeOrAssignedBeforeItIsWorked() {
        assertRefused(
                () -> practice.correspondence()
                        .requestIntegration(olga, RichText.sanitize("Serve la planimetria"), List.of(), NOW),
                "practice.desk.not_taken");
        assertRefused(
                () -> practice.deciding()
                        .approve(
                                olga,
                                RichText.sanitize("Approvata"),
                                LETTER,
                                List.of(),
                                ReleaseCharges.NONE,
                                PROTOCOL_OFF,
                                NOW),
                "practice.desk.not_taken");
        assertRefused(
                () -> practice.deciding()
                        .reject(olga, RichText.sanitize("Rifiutata"), LETTER, List.of(), PROTOCOL_OFF, NOW),
                "practice.desk.not_taken");
    }

    @Test
    void onlyTheAssigneeWorksThePractice() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        assertRefused(
                () -> practice.deciding()
                        .approve(
                                piero,
                                RichText.sanitize("Approvata"),
                                LETTER,
                                List.of(),
                                ReleaseCharges.NONE,
                                PROTOCOL_OFF,
                                NOW),
                "practice.desk.not_assignee");
        assertRefused(
                () -> practice.correspondence()
                        .requestIntegration(piero, RichText.sanitize("Serve altro"), List.of(), NOW),
                "practice.desk.not_assignee");
    }

    @Test
    void anIntegrationRequestIsAMessageToTheCitizenAndThePracticeWaitsForTheAnswer() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        IntegrationRequest request = practice.correspondence()
                .requestIntegration(
                        olga,
                        RichText.sanitize(" Il file ISEE era illeggibile. "),
                        List.of(new PendingFile("f1", "modello.pdf", FileType.PDF, new byte[] {1}, "h")),
                        NOW);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.WAITING_INTEGRATION);
        assertThat(request.isOpen()).isTrue();
        assertThat(request.getRequest().getText()).isEqualTo("Il file ISEE era illeggibile.");
        assertThat(request.getRequest().getAuthorKind()).isEqualTo(Actor.OPERATOR);
        assertThat(request.getRequest().getAttachments())
                .extracting(Attachment::getUploadedBy)
                .containsExactly("operatore");
        assertThat(practice.getMessages()).containsExactly(request.getRequest());
    }

    @Test
    void anIntegrationRequestNeedsAReasonAndOnlyOneIsOpenAtATime() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);
        assertRefused(
                () -> practice.correspondence().requestIntegration(olga, RichText.sanitize(" "), List.of(), NOW),
                "practice.desk.integration.message_required");

        practice.correspondence().requestIntegration(olga, RichText.sanitize("Serve la planimetria"), List.of(), NOW);
        assertRefused(
                () -> practice.correspondence()
                        .requestIntegration(olga, RichText.sanitize("E anche altro"), List.of(), NOW),
                "practice.desk.integration.already_open");
    }

    @Test
    void acceptingIntegrationsKeepsTheChosenAnswersWithTheirDocumentAndResumesWork() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);
        Message before =
                practice.correspondence().fromCitizen("Una domanda prima", false, List.of(), NOW.minusSeconds(60));
        practice.correspondence().requestIntegration(olga, RichText.sanitize("Serve la planimetria"), List.of(), NOW);
        Message answer = practice.correspondence().fromCitizen("Ecco la planimetria", true, List.of(), LATER);
        Message chat = practice.correspondence().fromCitizen("Grazie", false, List.of(), LATER);

        assertThat(practice.correspondence().integrationAnswers())
                .containsExactly(answer, chat)
                .doesNotContain(before);
        IntegrationRequest accepted = practice.correspondence()
                .acceptIntegration(
                        olga,
                        List.of(answer),
                        new PendingFile("i1", "integrazione.pdf", FileType.PDF, new byte[] {2}, "h2"),
                        LATER);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.IN_PROGRESS);
        assertThat(accepted.getResolution()).isEqualTo(IntegrationRequest.Resolution.ACCEPTED);
        assertThat(accepted.getAcceptedAnswers()).containsExactly(answer);
        assertThat(accepted.getDocument().getPurpose()).isEqualTo(AttachmentPurpose.GENERATED);
        assertThat(practice.correspondence().openIntegration()).isEmpty();
    }

    @Test
    void acceptingIntegrationsNeedsAnOpenRequestAndAnswersToIt() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);
        PendingFile pdf = new PendingFile("i1", "integrazione.pdf", FileType.PDF, new byte[] {2}, "h2");
        assertRefused(
                () -> practice.correspondence().acceptIntegration(olga, List.of(), pdf, NOW),
                "practice.desk.integration.none");

        Message old = practice.correspondence().fromCitizen("Vecchio messaggio", false, List.of(), SENT.plusSeconds(1));
        practice.correspondence().requestIntegration(olga, RichText.sanitize("Serve la planimetria"), List.of(), NOW);
        assertRefused(
                () -> practice.correspondence().acceptIntegration(olga, List.of(), pdf, LATER),
                "practice.desk.integration.nothing_selected");
        assertRefused(
                () -> practice.correspondence().acceptIntegration(olga, List.of(old), pdf, LATER),
                "practice.desk.integration.not_an_answer");
    }

    @Test
    void cancellingTheIntegrationRequestResumesWork() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);
        assertRefused(() -> practice.correspondence().cancelIntegration(olga, NOW), "practice.desk.integration.none");
        IntegrationRequest request = practice.correspondence()
                .requestIntegration(olga, RichText.sanitize("Serve la planimetria"), List.of(), NOW);

        practice.correspondence().cancelIntegration(olga, LATER);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.IN_PROGRESS);
        assertThat(request.getResolution()).isEqualTo(IntegrationRequest.Resolution.CANCELLED);
        assertThat(request.getClosedBy()).isEqualTo("operatore");
    }

    // --- outcomes -------------------------------------------------------------------------------

    @Test
    void approvingWithoutProtocolAcceptsAtOnceWithTheMessageTheLetterAndTheFiles() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        Message outcome = practice.deciding()
                .approve(
                        olga,
                        RichText.sanitize("Gentile Mario,\n\nla richiesta è accolta."),
                        LETTER,
                        List.of(new PendingFile("f1", "permesso.pdf", FileType.PDF, new byte[] {3}, "h3")),
                        ReleaseCharges.NONE,
                        PROTOCOL_OFF,
                        LATER);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.ACCEPTED);
        assertThat(practice.getDecision().map(Decision::getOutcome)).contains(Outcome.ACCEPTED);
        assertThat(practice.getDecision().map(Decision::getLetter))
                .get()
                .extracting(Attachment::getFileName)
                .isEqualTo("esito.pdf");
        assertThat(outcome.getText()).isEqualTo("Gentile Mario,\n\nla richiesta è accolta.");
        assertThat(outcome.getAttachments())
                .extracting(Attachment::getFileName)
                .containsExactly("permesso.pdf", "esito.pdf");
        assertThat(practice.getMessages()).contains(outcome);
    }

    @Test
    void aPartialApprovalIsPartiallyAccepted() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        practice.deciding()
                .approvePartially(
                        olga,
                        RichText.sanitize("Accolta in parte"),
                        LETTER,
                        List.of(),
                        ReleaseCharges.NONE,
                        PROTOCOL_OFF,
                        LATER);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.PARTIALLY_ACCEPTED);
    }

    @Test
    void aRejectionIsRejected() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        practice.deciding()
                .reject(olga, RichText.sanitize("Mancano i requisiti"), LETTER, List.of(), PROTOCOL_OFF, LATER);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.REJECTED);
        assertThat(practice.getDecision().map(Decision::getOutcome)).contains(Outcome.REJECTED);
    }

    @Test
    void withTheProtocolRegisterTheDecidedPracticeIsProcessedUntilTheLetterIsRegistered() {
        practice.desk().takeCharge(olga, PROTOCOL_ON, NOW);
        practice.deciding().reject(olga, RichText.sanitize("Mancano i requisiti"), LETTER, List.of(), PROTOCOL_ON, NOW);
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.PROCESSED);
        assertRefused(() -> practice.desk().prioritize(olga, Priority.HIGH, NOW), "practice.desk.closed");
        assertRefused(
                () -> practice.withdraw(MARIO, new WithdrawalCheck(false, true), NOW), "practice.withdraw.decided");

        practice.deciding().releaseOutcome(LATER);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.REJECTED);
        assertThat(practice.getHistory())
                .last()
                .extracting(StatusChange::getActorKind)
                .isEqualTo(Actor.SYSTEM);
    }

    @Test
    void onlyAProcessedPracticeHasItsOutcomeReleased() {
        assertRefused(() -> practice.deciding().releaseOutcome(NOW), "practice.desk.outcome.not_processed");
    }

    @Test
    void anOutcomeNeedsAMessageAndALetter() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        assertRefused(
                () -> practice.deciding()
                        .approve(
                                olga,
                                RichText.sanitize(" "),
                                LETTER,
                                List.of(),
                                ReleaseCharges.NONE,
                                PROTOCOL_OFF,
                                NOW),
                "practice.desk.outcome.message_required");
        assertRefused(
                () -> practice.deciding().reject(olga, RichText.sanitize("No"), null, List.of(), PROTOCOL_OFF, NOW),
                "practice.desk.outcome.letter_required");
    }

    @Test
    void noOutcomeWhileIntegrationsAreAwaited() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);
        practice.correspondence().requestIntegration(olga, RichText.sanitize("Serve la planimetria"), List.of(), NOW);

        assertRefused(
                () -> practice.deciding()
                        .approve(
                                olga,
                                RichText.sanitize("Ok"),
                                LETTER,
                                List.of(),
                                ReleaseCharges.NONE,
                                PROTOCOL_OFF,
                                NOW),
                "practice.desk.integration.open");
    }

    @Test
    void aPracticeWaitingForItsPaymentWithTheRequestIsNotTheDesksYet() {
        Practice waiting = SentPractices.started(service, "ref-waiting", NOW);
        waiting.filling().acceptPrivacy(NOW);
        waiting.filling().actForSelf(NOW);
        waiting.filling()
                .send("{}", AuthMethod.SPID, null, PROTOCOL_OFF.withPaymentDue(true), NOW, ZoneId.of("Europe/Rome"));
        assertThat(waiting.getStatus()).isEqualTo(PracticeStatus.WAITING_PAYMENT);

        assertThat(waiting.desk().isChangeable()).isFalse();
        assertRefused(() -> waiting.desk().prioritize(olga, Priority.HIGH, NOW), "practice.desk.not_sent");
        assertRefused(() -> waiting.desk().assign(olga, tecnico, null, PROTOCOL_OFF, NOW), "practice.desk.not_sent");
        assertThat(practice.desk().isChangeable()).as("a sent practice is").isTrue();
    }

    @Test
    void aDeferredAmountMakesTheApprovedPracticeWaitForThePaymentAndZeroIsExempt() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        practice.deciding()
                .approve(
                        olga,
                        RichText.sanitize("Ok"),
                        LETTER,
                        List.of(),
                        new ReleaseCharges(new BigDecimal("16.00"), 0),
                        PROTOCOL_OFF,
                        NOW);
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.WAITING_PAYMENT);
        assertThat(practice.dues().paid(NOW, "pagopa", PROTOCOL_OFF))
                .as("an approved practice is not sent again")
                .isFalse();
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.ACCEPTED);
        assertThat(practice.dues().paid(NOW, "pagopa", PROTOCOL_OFF))
                .as("a repeated confirmation changes nothing")
                .isFalse();
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.ACCEPTED);
    }

    @Test
    void zeroIsExemptAndApprovedAtOnce() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        practice.deciding()
                .approve(
                        olga,
                        RichText.sanitize("Ok"),
                        LETTER,
                        List.of(),
                        new ReleaseCharges(BigDecimal.ZERO, 0),
                        PROTOCOL_OFF,
                        NOW);
        assertThat(practice.getStatus()).as("0 = exempt, approved at once").isEqualTo(PracticeStatus.ACCEPTED);
    }

    @Test
    void stampDutiesAtReleaseComeAfterThePaymentAndReleaseTheOutcome() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        practice.deciding()
                .approve(
                        olga,
                        RichText.sanitize("Ok"),
                        LETTER,
                        List.of(),
                        new ReleaseCharges(new BigDecimal("10.00"), 1),
                        PROTOCOL_OFF,
                        NOW);
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.WAITING_PAYMENT);
        assertRefused(() -> practice.dues().stampsProvided(NOW), "practice.stamps.not_waiting");
        practice.dues().paid(NOW, "pagopa", PROTOCOL_OFF.withStampsPending(true));
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.WAITING_STAMP_DUTY);
        practice.dues().stampsProvided(NOW);
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.ACCEPTED);
    }

    @Test
    void releaseChargesAreNotNegative() {
        assertThatThrownBy(() -> new ReleaseCharges(BigDecimal.ONE.negate(), 0))
                .isInstanceOf(InvalidAmountException.class)
                .hasMessage(InvalidAmountException.NEGATIVE);
        assertThatThrownBy(() -> new ReleaseCharges(BigDecimal.ZERO, -1))
                .isInstanceOf(PracticeRefusedException.class)
                .hasMessage(ReleaseCharges.STAMPS_OUT_OF_RANGE);
        assertThat(new ReleaseCharges(BigDecimal.ZERO, 2).stamps())
                .containsExactly(ReleaseCharges.Stamp.RELEASE, ReleaseCharges.Stamp.RELEASE);
    }

    @Test
    void releaseChargesAreInCentsAndAskForAtMostTenStamps() {
        assertThat(new ReleaseCharges(new BigDecimal("12.3"), 0).deferredAmount())
                .isEqualTo(new BigDecimal("12.30"));
        assertThatThrownBy(() -> new ReleaseCharges(new BigDecimal("12.345"), 0))
                .isInstanceOf(InvalidAmountException.class)
                .hasMessage(InvalidAmountException.DECIMALS);
        assertThat(new ReleaseCharges(BigDecimal.ZERO, ReleaseCharges.MAX_STAMPS).stampDuties())
                .isEqualTo(10);
        assertThatThrownBy(() -> new ReleaseCharges(BigDecimal.ZERO, ReleaseCharges.MAX_STAMPS + 1))
                .isInstanceOf(PracticeRefusedException.class)
                .hasMessage(ReleaseCharges.STAMPS_OUT_OF_RANGE);
    }

    @Test
    void aDecidedPracticeTakesOnlyMessagesAndNotes() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);
        practice.deciding()
                .approve(olga, RichText.sanitize("Ok"), LETTER, List.of(), ReleaseCharges.NONE, PROTOCOL_OFF, NOW);

        assertRefused(() -> practice.desk().takeOver(piero, LATER), "practice.desk.closed");
        assertRefused(() -> practice.desk().assign(olga, tecnico, piero, PROTOCOL_OFF, LATER), "practice.desk.closed");
        assertRefused(() -> practice.desk().prioritize(olga, Priority.LOW, LATER), "practice.desk.closed");
        assertRefused(
                () -> practice.deciding()
                        .reject(olga, RichText.sanitize("Ci ho ripensato"), LETTER, List.of(), PROTOCOL_OFF, LATER),
                "practice.desk.closed");
        assertRefused(
                () -> practice.correspondence().requestIntegration(olga, RichText.sanitize("Altro"), List.of(), LATER),
                "practice.desk.closed");
        assertThat(practice.desk().route(polizia, LATER)).isFalse();

        practice.correspondence()
                .fromOperator(piero, RichText.sanitize("Il permesso è pronto per il ritiro"), List.of(), LATER);
        practice.correspondence().note(piero, "Ritirato allo sportello", LATER);
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.ACCEPTED);
    }

    @Test
    void aWithdrawnPracticeIsNoLongerWorked() {
        practice.withdraw(MARIO, new WithdrawalCheck(false, false), NOW);

        assertRefused(() -> practice.desk().takeCharge(olga, PROTOCOL_OFF, LATER), "practice.desk.closed");
    }

    // --- the iter's table ------------------------------------------------------------------------

    @Test
    void aTypicalPathFollowsTheIterStepByStepAndTheDeskQueriesSayWhatEachStepOffers() {
        assertThat(practice.desk().canBeTakenBy("operatore", PROTOCOL_OFF)).isTrue();
        assertThat(practice.desk().canBeWorkedBy("operatore")).isFalse();

        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);
        assertThat(practice.desk().canBeTakenBy("operatore", PROTOCOL_OFF)).isFalse();
        assertThat(practice.desk().canBeWorkedBy("operatore")).isTrue();
        assertThat(practice.desk().canBeWorkedBy("piero")).isFalse();
        assertThat(practice.desk().canBeTakenOverBy("piero")).isTrue();
        assertThat(practice.desk().canBeTakenOverBy("operatore")).isFalse();

        practice.correspondence().requestIntegration(olga, RichText.sanitize("Serve la planimetria"), List.of(), NOW);
        assertThat(practice.isWaitingForIntegration()).isTrue();
        practice.correspondence().cancelIntegration(olga, LATER);
        practice.deciding()
                .approve(olga, RichText.sanitize("Ok"), LETTER, List.of(), ReleaseCharges.NONE, PROTOCOL_OFF, LATER);

        assertThat(practice.getHistory())
                .extracting(StatusChange::getStatus)
                .containsExactly(
                        PracticeStatus.DRAFT,
                        PracticeStatus.SUBMITTED,
                        PracticeStatus.ACQUIRED,
                        PracticeStatus.IN_PROGRESS,
                        PracticeStatus.WAITING_INTEGRATION,
                        PracticeStatus.IN_PROGRESS,
                        PracticeStatus.ACCEPTED);
        List<StatusChange> steps = practice.getHistory();
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i - 1).getStatus().canMoveTo(steps.get(i).getStatus()))
                    .as("step %d", i)
                    .isTrue();
        }
    }

    @Test
    void aDecidedPracticeIsNotWorkedAgainAndTheIterHasNoMoveBack() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);
        practice.deciding()
                .approve(olga, RichText.sanitize("Ok"), LETTER, List.of(), ReleaseCharges.NONE, PROTOCOL_OFF, NOW);

        assertThat(practice.desk().canBeTakenBy("operatore", PROTOCOL_OFF)).isFalse();
        assertThat(practice.desk().canBeTakenOverBy("piero")).isFalse();
        assertThat(practice.desk().canBeWorkedBy("operatore")).isFalse();
        assertRefused(() -> practice.desk().takeCharge(olga, PROTOCOL_OFF, LATER), "practice.desk.closed");
        assertRefused(
                () -> practice.correspondence().requestIntegration(olga, RichText.sanitize("Altro"), List.of(), LATER),
                "practice.desk.closed");
        assertThat(PracticeStatus.ACCEPTED.canMoveTo(PracticeStatus.IN_PROGRESS))
                .isFalse();
        assertThat(PracticeStatus.ACCEPTED.canMoveTo(PracticeStatus.WAITING_INTEGRATION))
                .isFalse();
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.ACCEPTED);
    }

    // --- messages and notes ---------------------------------------------------------------------

    @Test
    void theOfficesMessageIsStoredAsAllowedHtmlAndItsLengthCountsTheWordsOnly() {
        Message message = practice.correspondence()
                .fromOperator(
                        piero,
                        RichText.sanitize("<p>Serve <strong>la firma</strong></p>" + "<script>alert(1)</script>"),
                        List.of(),
                        NOW);
        assertThat(message.getFormat()).isEqualTo(BodyFormat.HTML);
        assertThat(message.getHtml()).isEqualTo("<p>Serve <strong>la firma</strong></p>");
        assertThat(message.getText()).isEqualTo("Serve la firma");

        String marked = "<p>" + "<strong>abcdefghi</strong> ".repeat(900) + "</p>";
        assertThat(practice.correspondence()
                        .fromOperator(piero, RichText.sanitize(marked), List.of(), NOW)
                        .getText())
                .hasSize(8999);
        assertRefused(
                () -> practice.correspondence()
                        .fromOperator(piero, RichText.sanitize("parola ".repeat(1500)), List.of(), NOW),
                "practice.message.too_long");
    }

    @Test
    void anyOperatorOfTheServiceWritesToTheCitizenWithFiles() {
        Message message = practice.correspondence()
                .fromOperator(
                        piero,
                        RichText.sanitize("Buongiorno, la pratica è in lavorazione."),
                        List.of(new PendingFile("f1", "nota.pdf", FileType.PDF, new byte[] {1}, "h")),
                        NOW);

        assertThat(message.getAuthorKind()).isEqualTo(Actor.OPERATOR);
        assertThat(message.getAuthor()).isEqualTo("piero");
        assertThat(message.getAttachments())
                .extracting(Attachment::getUploadedByKind)
                .containsExactly(Actor.OPERATOR);
        assertRefused(
                () -> practice.correspondence().fromOperator(piero, RichText.sanitize(" "), List.of(), NOW),
                "practice.message.empty");
        assertRefused(
                () -> practice.correspondence().fromOperator(stranger, RichText.sanitize("Ciao"), List.of(), NOW),
                "practice.desk.not_enabled");
    }

    @Test
    void internalNotesAreNeverAmongTheCitizensMessages() {
        practice.correspondence().note(olga, "Il richiedente ha telefonato, richiamare lunedì", NOW);
        practice.correspondence().fromOperator(olga, RichText.sanitize("Buongiorno"), List.of(), NOW);

        assertThat(practice.getNotes())
                .extracting(InternalNote::getText)
                .containsExactly("Il richiedente ha telefonato, richiamare lunedì");
        assertThat(practice.getMessages()).extracting(Message::getText).containsExactly("Buongiorno");
        assertRefused(() -> practice.correspondence().note(olga, "", NOW), "practice.desk.note.empty");
    }

    // --- on behalf of a citizen -----------------------------------------------------------------

    @Test
    void aPracticeStartedOnBehalfIsTheCitizensAndTheIterNamesTheOperator() {
        Practice onBehalf = Practice.startOnBehalf("ob", service, form(service), mario(), olga, NOW);

        assertThat(onBehalf.isOwnedBy(MARIO)).isTrue();
        assertThat(onBehalf.isDraft()).isTrue();
        assertThat(onBehalf.getCreatedByOperator()).isEqualTo("operatore");
        assertThat(onBehalf.getHistory()).singleElement().satisfies(step -> {
            assertThat(step.getActorKind()).isEqualTo(Actor.OPERATOR);
            assertThat(step.getActor()).isEqualTo("operatore");
        });
        assertRefused(
                () -> Practice.startOnBehalf("ob2", service, form(service), mario(), stranger, NOW),
                "practice.desk.not_enabled");
    }

    @Test
    void theOperatorSendsAPracticeStartedOnBehalfAndTheIterSaysSo() {
        Practice onBehalf = Practice.startOnBehalf("ob", service, form(service), mario(), olga, NOW);
        onBehalf.filling().acceptPrivacy(NOW);
        onBehalf.filling().contacts("mario.rossi@example.org", null, NOW);
        onBehalf.filling().actForSelf(NOW);

        assertRefused(
                () -> onBehalf.filling().sendOnBehalf("{}", stranger, PROTOCOL_OFF, NOW, ZoneId.of("Europe/Rome")),
                "practice.desk.not_enabled");
        onBehalf.filling().sendOnBehalf("{}", olga, PROTOCOL_OFF, NOW, ZoneId.of("Europe/Rome"));

        assertThat(onBehalf.getStatus()).isEqualTo(PracticeStatus.ACQUIRED);
        assertThat(onBehalf.getAuthMethod()).isNull();
        assertThat(onBehalf.getHistory())
                .filteredOn(step -> step.getStatus() == PracticeStatus.SUBMITTED)
                .singleElement()
                .satisfies(step -> {
                    assertThat(step.getActorKind()).isEqualTo(Actor.OPERATOR);
                    assertThat(step.getActor()).isEqualTo("operatore");
                });
        assertRefused(
                () -> onBehalf.filling().sendOnBehalf("{}", olga, PROTOCOL_OFF, NOW, ZoneId.of("Europe/Rome")),
                "practice.not_draft");
    }

    @Test
    void aCitizensOwnDraftIsNotSentByTheDesk() {
        Practice own = Practice.start("own", service, form(service), mario(), null, NOW);
        own.filling().acceptPrivacy(NOW);
        own.filling().contacts("mario.rossi@example.org", null, NOW);
        own.filling().actForSelf(NOW);

        assertRefused(
                () -> own.filling().sendOnBehalf("{}", olga, PROTOCOL_OFF, NOW, ZoneId.of("Europe/Rome")),
                "practice.desk.on_behalf.citizen_draft");
        assertThat(own.isDraft()).isTrue();
    }

    // --- the iter --------------------------------------------------------------------------------

    @Test
    void takingChargeIsOneStepOfTheIterNotTwo() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        assertThat(practice.iter())
                .filteredOn(step ->
                        step.status() == PracticeStatus.IN_PROGRESS || step.action() == DeskAction.Kind.TAKE_CHARGE)
                .singleElement()
                .satisfies(step -> {
                    assertThat(step.action()).isEqualTo(DeskAction.Kind.TAKE_CHARGE);
                    assertThat(step.status()).isEqualTo(PracticeStatus.IN_PROGRESS);
                    assertThat(step.actor()).isEqualTo("operatore");
                    assertThat(step.at()).isEqualTo(NOW);
                });
        assertThat(practice.iter())
                .extracting(IterStep::status)
                .containsExactly(
                        PracticeStatus.DRAFT,
                        PracticeStatus.SUBMITTED,
                        PracticeStatus.ACQUIRED,
                        PracticeStatus.IN_PROGRESS);
    }

    @Test
    void everyActionThatMovedTheStatusIsOneStepWithTheStatusItLedTo() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);
        practice.correspondence().requestIntegration(olga, RichText.sanitize("Serve la planimetria"), List.of(), NOW);
        practice.correspondence().fromCitizen("Ecco la planimetria", true, List.of(), NOW);
        practice.correspondence()
                .acceptIntegration(olga, practice.correspondence().integrationAnswers(), LETTER, NOW);
        practice.deciding()
                .approvePartially(
                        olga,
                        RichText.sanitize("Approvata in parte"),
                        new PendingFile("l2", "esito.pdf", FileType.PDF, new byte[] {2}, "h2"),
                        List.of(),
                        ReleaseCharges.NONE,
                        PROTOCOL_OFF,
                        LATER);

        assertThat(practice.iter())
                .extracting(IterStep::action, IterStep::status)
                .containsExactly(
                        Tuple.tuple(null, PracticeStatus.DRAFT),
                        Tuple.tuple(null, PracticeStatus.SUBMITTED),
                        Tuple.tuple(null, PracticeStatus.ACQUIRED),
                        Tuple.tuple(DeskAction.Kind.TAKE_CHARGE, PracticeStatus.IN_PROGRESS),
                        Tuple.tuple(DeskAction.Kind.INTEGRATION_REQUEST, PracticeStatus.WAITING_INTEGRATION),
                        Tuple.tuple(DeskAction.Kind.INTEGRATION_ACCEPT, PracticeStatus.IN_PROGRESS),
                        Tuple.tuple(DeskAction.Kind.OUTCOME, PracticeStatus.PARTIALLY_ACCEPTED));
    }

    @Test
    void whatLeavesTheStatusAsItIsIsAStepOfItsOwn() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);
        practice.desk().prioritize(olga, Priority.URGENT, NOW);
        practice.desk().assign(olga, null, piero, PROTOCOL_OFF, LATER);
        practice.desk().assign(olga, null, olga, PROTOCOL_OFF, LATER);
        practice.correspondence().note(olga, "Richiamare", LATER);

        assertThat(practice.iter())
                .filteredOn(step -> step.status() == null)
                .extracting(IterStep::action, IterStep::detail)
                .containsExactly(
                        Tuple.tuple(DeskAction.Kind.PRIORITY, "URGENT"),
                        Tuple.tuple(DeskAction.Kind.ASSIGN, "ufficio-tecnico / piero"),
                        Tuple.tuple(DeskAction.Kind.ASSIGN, "ufficio-tecnico / operatore"),
                        Tuple.tuple(DeskAction.Kind.NOTE, null));
    }

    @Test
    void takingChargeOfAPracticeLeftWithoutOperatorIsAStepWithoutAStatus() {
        practice.desk().assign(olga, tecnico, olga, PROTOCOL_OFF, NOW);
        practice.desk().assign(olga, polizia, null, PROTOCOL_OFF, NOW);
        practice.desk().takeCharge(piero, PROTOCOL_OFF, LATER);

        assertThat(practice.iter()).last().satisfies(step -> {
            assertThat(step.action()).isEqualTo(DeskAction.Kind.TAKE_CHARGE);
            assertThat(step.status()).isNull();
            assertThat(step.actor()).isEqualTo("piero");
        });
        assertThat(practice.iter())
                .filteredOn(step -> step.status() == PracticeStatus.IN_PROGRESS)
                .singleElement()
                .extracting(IterStep::action)
                .isEqualTo(DeskAction.Kind.ASSIGN);
    }

    // --- protocol register -----------------------------------------------------------------------

    @Test
    void registeringTheSendingMakesAPracticeWaitingForTheOfficeProtocollata() {
        practice.registerInProtocol(NOW);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.REGISTERED);
        practice.desk().takeCharge(olga, PROTOCOL_ON, LATER);
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.IN_PROGRESS);
    }

    @Test
    void registeringTheSendingOfAPracticeAlreadyWorkedLeavesItsStatus() {
        practice.desk().takeCharge(olga, PROTOCOL_ON, NOW);

        practice.registerInProtocol(LATER);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.IN_PROGRESS);
    }

    // --- helpers --------------------------------------------------------------------------------

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String key) {
        assertThatThrownBy(change)
                .isInstanceOf(PracticeRefusedException.class)
                .extracting(e -> ((PracticeRefusedException) e).messageKey())
                .isEqualTo(key);
    }

    private static Practice sent(Service service) {
        return SentPractices.sent(service, SENT);
    }

    private static FormVersion form(Service service) {
        return new FormVersion(service, 1, "{\"sections\": []}", SENT, "admin");
    }

    private static Service service(Office office) {
        return SentPractices.service(office);
    }

    private static Citizen mario() {
        return SentPractices.mario(SENT);
    }
}
