package it.sportello.rating.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.platform.BusinessException;

class PageRatingTest {

    private static final String CARD = "/servizi/scheda.xhtml?servizio=permesso-ztl";

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void starsAreOneToFive(int stars) {
        assertThatThrownBy(() -> new PageRating(CARD, stars, RatingAnswer.CLEAR, null, Instant.EPOCH))
                .isInstanceOf(BusinessException.class)
                .hasMessage("rating.stars.invalid");
    }

    @ParameterizedTest
    @EnumSource(RatingAnswer.class)
    void threeStarsOrMoreTakeAPositiveAnswerAndFewerANegativeOne(RatingAnswer answer) {
        int fitting = answer.isPositive() ? 3 : 2;
        int other = answer.isPositive() ? 2 : 3;

        assertThat(new PageRating(CARD, fitting, answer, null, Instant.EPOCH).getAnswer())
                .isEqualTo(answer);
        assertThatThrownBy(() -> new PageRating(CARD, other, answer, null, Instant.EPOCH))
                .isInstanceOf(BusinessException.class)
                .hasMessage("rating.answer.invalid");
    }

    @Test
    void anAnswerIsNeeded() {
        assertThatThrownBy(() -> new PageRating(CARD, 5, null, null, Instant.EPOCH))
                .isInstanceOf(BusinessException.class)
                .hasMessage("rating.answer.invalid");
    }

    @Test
    void theWordsAreKeptStrippedUpToTwoHundredCharactersAndBlankIsNone() {
        assertThat(new PageRating(CARD, 4, RatingAnswer.CLEAR, "  chiaro  ", Instant.EPOCH).getComment())
                .isEqualTo("chiaro");
        assertThat(new PageRating(CARD, 4, RatingAnswer.CLEAR, "   ", Instant.EPOCH).getComment())
                .isNull();
        assertThat(new PageRating(CARD, 1, RatingAnswer.UNCLEAR, "x".repeat(200), Instant.EPOCH).getComment())
                .hasSize(200);
        assertThatThrownBy(() -> new PageRating(CARD, 1, RatingAnswer.UNCLEAR, "x".repeat(201), Instant.EPOCH))
                .isInstanceOf(BusinessException.class)
                .hasMessage("rating.comment.tooLong");
    }
}
