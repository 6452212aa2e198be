package it.sportello.practice.entity;

import java.util.Optional;

/**
 * The rules of the desk answer with the message key of their refusal, or none, rather than
 * throwing at once: a page asks the same rule whether to offer an action ({@code canBeTakenBy}),
 * and the action throws what the rule answered, so that both always agree.
 */
final class Refusals {

    private Refusals() {}

    /** The refusal {@code key} when {@code refused}, none otherwise; rules chain with {@link Optional#or}. */
    static Optional<String> refusedIf(boolean refused, String key) {
        return refused ? Optional.of(key) : Optional.empty();
    }

    /** Throws the refusal, if the rule gave one. */
    static void refuse(Optional<String> refusal) {
        refusal.ifPresent(key -> {
            throw new PracticeRefusedException(key);
        });
    }
}
