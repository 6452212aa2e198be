package it.sportello.practice.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import it.sportello.identity.entity.Contacts;
import it.sportello.identity.entity.FiscalCode;

/** What a draft holds before it is sent, and what keeps it from being sent. */
class DraftTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final FiscalCode MARIO = FiscalCode.of("RSSMRA80A01H501U");
    private static final FiscalCode GIULIA = FiscalCode.of("BNCGLI85M52F205H");
    private static final Predicate<AttachmentPurpose> NO_FILES = purpose -> false;
    private static final Predicate<AttachmentPurpose> BOTH_FILES =
            Set.of(AttachmentPurpose.DELEGATION, AttachmentPurpose.IDENTITY_DOCUMENT)::contains;

    private final Draft draft = new Draft(new Contacts("mario@spid.example", "+39 333 1234567", null));

    @Test
    void blankContactsAreNoneAndTheOthersAreKeptStripped() {
        draft.contacts(" mario.rossi@example.org ", "  ");

        assertThat(draft.getApplicantEmail()).isEqualTo("mario.rossi@example.org");
        assertThat(draft.getApplicantPhone()).isNull();
    }

    @Test
    void theWizardStepIsNeverNegative() {
        draft.fill("{\"nome\":\"Mario\"}", -3);

        assertThat(draft.getStep()).isZero();
        assertThat(draft.getInput()).isEqualTo("{\"nome\":\"Mario\"}");
    }

    @Test
    void sendingIsRefusedForThePrivacyNoticeThenTheEmailThenTheRole() {
        draft.contacts(null, null);
        assertRefused(() -> draft.requireSendable(TODAY, NO_FILES), "practice.privacy.required");

        draft.acceptPrivacy(NOW);
        assertRefused(() -> draft.requireSendable(TODAY, NO_FILES), "practice.email.required");

        draft.contacts("mario@spid.example", null);
        assertRefused(() -> draft.requireSendable(TODAY, NO_FILES), "practice.role.required");

        draft.actForSelf();
        draft.requireSendable(TODAY, NO_FILES);
    }

    @Test
    void aDelegateNamesEveryMissingFileAndExpiredValidityAndSendingRefusesTheFirst() {
        draft.acceptPrivacy(NOW);
        draft.actFor(new Beneficiary(GIULIA, "Giulia", "Bianchi", TODAY.minusDays(1), TODAY), MARIO);

        assertThat(draft.delegationProblems(TODAY, NO_FILES))
                .containsOnlyKeys(
                        DelegationPart.DELEGATION_VALIDITY,
                        DelegationPart.DELEGATION_FILE,
                        DelegationPart.DOCUMENT_FILE);
        assertThat(draft.delegationProblems(TODAY, BOTH_FILES)).containsOnlyKeys(DelegationPart.DELEGATION_VALIDITY);
        assertRefused(() -> draft.requireSendable(TODAY, BOTH_FILES), "practice.delegation.expired");
    }

    @Test
    void nobodyIsTheirOwnDelegateAndActingForOneselfForgetsTheBeneficiary() {
        assertRefused(
                () -> draft.actFor(new Beneficiary(MARIO, "Mario", "Rossi", TODAY, TODAY), MARIO),
                "practice.beneficiary.self");

        draft.actFor(new Beneficiary(GIULIA, "Giulia", "Bianchi", TODAY, TODAY), MARIO);
        draft.actForSelf();

        assertThat(draft.getRole()).isEqualTo(ApplicantRole.SELF);
        assertThat(draft.getBeneficiary()).isNull();
        assertThat(draft.delegationProblems(TODAY, NO_FILES)).isEmpty();
    }

    @Test
    void onceSentTheTypedInputGoesAndWhatWasSentWithItStays() {
        draft.acceptPrivacy(NOW);
        draft.actForSelf();
        draft.fill("{}", 4);

        draft.sent();

        assertThat(draft.getInput()).isNull();
        assertThat(draft.getStep()).isEqualTo(4);
        assertThat(draft.getApplicantEmail()).isEqualTo("mario@spid.example");
        assertThat(draft.getRole()).isEqualTo(ApplicantRole.SELF);
        assertThat(draft.isPrivacyAccepted()).isTrue();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String key) {
        assertThatThrownBy(change)
                .isInstanceOf(PracticeRefusedException.class)
                .extracting(e -> ((PracticeRefusedException) e).messageKey())
                .isEqualTo(key);
    }
}
