package it.sportello.web.catalog;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a citizen is in the practice wizard: the stage, and within the form's stage the section.
 * A draft keeps it as one number, {@code Practice.step}, so that a resumed draft opens where it was
 * left; that number is {@code stage code * 100 + section}. Stored drafts outlive releases, so each
 * stage has a code of its own, never its place in the enum: stages can be added or moved on screen
 * without changing what a stored draft means.
 */
public record WizardPosition(Stage stage, int section) {

    /** How many sections a stage's code leaves room for in the stored number. */
    static final int SECTIONS_PER_STAGE = 100;

    /**
     * The steps before and after the service's own sections; PAYMENT only when the service asks for
     * one at request. The declaration order is the order on screen; the code is what drafts store and
     * must never change for a stage, nor be given to another one.
     */
    public enum Stage {
        PRIVACY(0),
        APPLICANT(1),
        ROLE(2),
        FORM(3),
        PAYMENT(4),
        SUMMARY(5);

        private final int code;

        Stage(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        /**
         * The stage stored with this code; a code no stage has leads to the nearest stage before it,
         * as drafts saved past the last stage have always opened at the last one.
         */
        static Stage ofCode(int code) {
            return Arrays.stream(values())
                    .filter(stage -> stage.code <= code)
                    .max(Comparator.comparingInt(Stage::code))
                    .orElseThrow();
        }
    }

    public WizardPosition {
        Objects.requireNonNull(stage, "stage");
        if (section < 0 || section >= SECTIONS_PER_STAGE) {
            throw new IllegalArgumentException(
                    "A wizard section is between 0 and " + (SECTIONS_PER_STAGE - 1) + ": " + section);
        }
    }

    /** The number a draft keeps. */
    public int toStored() {
        return stage.code() * SECTIONS_PER_STAGE + section;
    }

    /** The position a draft kept; a negative number, never written by the wizard, is its start. */
    public static WizardPosition fromStored(int stored) {
        int kept = Math.max(0, stored);
        return new WizardPosition(Stage.ofCode(kept / SECTIONS_PER_STAGE), kept % SECTIONS_PER_STAGE);
    }
}
