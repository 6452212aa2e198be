package it.sportello.rating.entity;

/**
 * What a visitor says went well (3 stars or more) or badly (fewer), as the national model asks:
 * "Quali sono stati gli aspetti che hai preferito?" / "Dove hai incontrato le maggiori difficoltà?".
 */
public enum RatingAnswer {
    CLEAR(true),
    COMPLETE(true),
    ALWAYS_ON_TRACK(true),
    NO_TECHNICAL_PROBLEMS(true),
    OTHER_POSITIVE(true),
    UNCLEAR(false),
    INCOMPLETE(false),
    SOMETIMES_LOST(false),
    TECHNICAL_PROBLEMS(false),
    OTHER_NEGATIVE(false);

    private final boolean positive;

    RatingAnswer(boolean positive) {
        this.positive = positive;
    }

    /** An answer of the positive question, for 3 stars or more. */
    public boolean isPositive() {
        return positive;
    }

    /** Whether the answer belongs to the question a rating of so many stars asks. */
    public boolean answers(int stars) {
        return positive == stars >= PageRating.POSITIVE_FROM;
    }
}
