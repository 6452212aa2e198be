package it.sportello.practice.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status tabs of the citizen's practice list, each grouping the statuses a citizen thinks of
 * as one ("Inviate" are the sent ones the office has not taken yet). Bundle keys:
 * {@code CitizenTab.DRAFTS} and so on.
 */
public enum CitizenTab {
    DRAFTS(EnumSet.of(PracticeStatus.DRAFT)),
    SENT(EnumSet.of(PracticeStatus.SUBMITTED, PracticeStatus.ACQUIRED, PracticeStatus.REGISTERED)),
    ACCEPTED(EnumSet.of(PracticeStatus.ACCEPTED, PracticeStatus.PARTIALLY_ACCEPTED)),
    REJECTED(EnumSet.of(PracticeStatus.REJECTED)),
    TO_INTEGRATE(EnumSet.of(PracticeStatus.WAITING_INTEGRATION)),
    WITHDRAWN(EnumSet.of(PracticeStatus.WITHDRAWN, PracticeStatus.CANCELLED)),
    TO_PAY(EnumSet.of(
            PracticeStatus.WAITING_STAMP_DUTY,
            PracticeStatus.WAITING_PAYMENT,
            PracticeStatus.PAYMENT_PENDING,
            PracticeStatus.PAYMENT_DONE)),
    IN_PROGRESS(EnumSet.of(PracticeStatus.IN_PROGRESS, PracticeStatus.PROCESSED));

    private final Set<PracticeStatus> statuses;

    CitizenTab(Set<PracticeStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<PracticeStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }

    public static CitizenTab of(PracticeStatus status) {
        for (CitizenTab tab : values()) {
            if (tab.statuses.contains(status)) {
                return tab;
            }
        }
        throw new IllegalArgumentException("No tab for " + status);
    }
}
