package it.sportello.practice.entity;

import static it.sportello.practice.entity.PracticeStatus.ACCEPTED;
import static it.sportello.practice.entity.PracticeStatus.ACQUIRED;
import static it.sportello.practice.entity.PracticeStatus.CANCELLED;
import static it.sportello.practice.entity.PracticeStatus.DRAFT;
import static it.sportello.practice.entity.PracticeStatus.IN_PROGRESS;
import static it.sportello.practice.entity.PracticeStatus.PARTIALLY_ACCEPTED;
import static it.sportello.practice.entity.PracticeStatus.PAYMENT_DONE;
import static it.sportello.practice.entity.PracticeStatus.PAYMENT_PENDING;
import static it.sportello.practice.entity.PracticeStatus.PROCESSED;
import static it.sportello.practice.entity.PracticeStatus.REGISTERED;
import static it.sportello.practice.entity.PracticeStatus.REJECTED;
import static it.sportello.practice.entity.PracticeStatus.SUBMITTED;
import static it.sportello.practice.entity.PracticeStatus.WAITING_INTEGRATION;
import static it.sportello.practice.entity.PracticeStatus.WAITING_PAYMENT;
import static it.sportello.practice.entity.PracticeStatus.WAITING_STAMP_DUTY;
import static it.sportello.practice.entity.PracticeStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** The iter's table, read as a whole: every pair of statuses, allowed exactly when listed here. */
class PracticeStatusTest {

    /** The moves the practice makes, one line per status; a final status moves nowhere. */
    private static final Map<PracticeStatus, Set<PracticeStatus>> ITER = new EnumMap<>(Map.ofEntries(
            Map.entry(DRAFT, Set.of(WAITING_PAYMENT, SUBMITTED)),
            Map.entry(WAITING_STAMP_DUTY, Set.of(ACCEPTED, PARTIALLY_ACCEPTED)),
            Map.entry(WAITING_PAYMENT, Set.of(PAYMENT_PENDING, PAYMENT_DONE)),
            Map.entry(PAYMENT_PENDING, Set.of(WAITING_PAYMENT, PAYMENT_DONE)),
            Map.entry(PAYMENT_DONE, Set.of(SUBMITTED, WAITING_STAMP_DUTY, ACCEPTED, PARTIALLY_ACCEPTED)),
            Map.entry(SUBMITTED, Set.of(ACQUIRED, REGISTERED, IN_PROGRESS, WITHDRAWN)),
            Map.entry(ACQUIRED, Set.of(REGISTERED, IN_PROGRESS, WITHDRAWN)),
            Map.entry(REGISTERED, Set.of(IN_PROGRESS, WITHDRAWN)),
            Map.entry(
                    IN_PROGRESS,
                    Set.of(
                            WAITING_INTEGRATION,
                            WAITING_PAYMENT,
                            WAITING_STAMP_DUTY,
                            PROCESSED,
                            ACCEPTED,
                            PARTIALLY_ACCEPTED,
                            REJECTED,
                            WITHDRAWN)),
            Map.entry(WAITING_INTEGRATION, Set.of(IN_PROGRESS, WITHDRAWN)),
            Map.entry(PROCESSED, Set.of(ACCEPTED, PARTIALLY_ACCEPTED, REJECTED)),
            Map.entry(ACCEPTED, Set.of()),
            Map.entry(PARTIALLY_ACCEPTED, Set.of()),
            Map.entry(REJECTED, Set.of()),
            Map.entry(WITHDRAWN, Set.of()),
            Map.entry(CANCELLED, Set.of())));

    @Test
    void theListAboveNamesEveryStatus() {
        assertThat(ITER.keySet()).containsExactly(PracticeStatus.values());
    }

    @Test
    void aStatusMovesExactlyToTheStatusesListedForIt() {
        SoftAssertions softly = new SoftAssertions();
        for (PracticeStatus from : PracticeStatus.values()) {
            for (PracticeStatus to : PracticeStatus.values()) {
                softly.assertThat(from.canMoveTo(to))
                        .as("%s -> %s", from, to)
                        .isEqualTo(ITER.get(from).contains(to));
            }
        }
        softly.assertAll();
    }

    @Test
    void everyPracticeStartsAsADraftAndNothingMovesBackToIt() {
        assertThat(PracticeStatus.initial()).isEqualTo(DRAFT);
        assertThat(PracticeStatus.values()).noneMatch(from -> from.canMoveTo(DRAFT));
    }

    @Test
    void theDeskTakesWhatItReceivedWorksWhatWasTakenAndClosesWhatWasDecided() {
        DeskPolicy withoutRegister = DeskPolicy.protocol(false);
        DeskPolicy withRegister = DeskPolicy.protocol(true);
        assertThat(Arrays.stream(PracticeStatus.values()).filter(status -> status.isWaitingForOffice(withoutRegister)))
                .containsExactly(SUBMITTED, ACQUIRED, REGISTERED);
        assertThat(Arrays.stream(PracticeStatus.values()).filter(status -> status.isWaitingForOffice(withRegister)))
                .containsExactly(ACQUIRED, REGISTERED);
        assertThat(Arrays.stream(PracticeStatus.values()).filter(PracticeStatus::isBeingWorked))
                .containsExactly(IN_PROGRESS, WAITING_INTEGRATION);
        assertThat(Arrays.stream(PracticeStatus.values()).filter(PracticeStatus::isClosedForDesk))
                .containsExactly(PROCESSED, ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, WITHDRAWN, CANCELLED);
    }

    @Test
    void aFinalStatusMovesNowhereAndEveryOtherMovesSomewhere() {
        for (PracticeStatus from : PracticeStatus.values()) {
            assertThat(Arrays.stream(PracticeStatus.values()).anyMatch(from::canMoveTo))
                    .as(from.name())
                    .isNotEqualTo(from.isFinal());
        }
    }
}
