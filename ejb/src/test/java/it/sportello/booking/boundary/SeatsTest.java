package it.sportello.booking.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class SeatsTest {

    private static PersistenceException failure(String sqlState) {
        return new PersistenceException(new RuntimeException(new SQLException("refused", sqlState)));
    }

    @Test
    void aSeatTakenByAnotherTransactionIsAConflictToRetry() {
        assertThat(Seats.isConflict(failure("23505")))
                .as("unique key, H2 and PostgreSQL")
                .isTrue();
        assertThat(Seats.isConflict(failure("40001")))
                .as("serialization failure")
                .isTrue();
        assertThat(Seats.isConflict(failure("40P01"))).as("deadlock").isTrue();
        assertThat(Seats.isConflict(failure("HYT00"))).as("H2 lock timeout").isTrue();
    }

    @Test
    void anyOtherDatabaseErrorIsNot() {
        assertThat(Seats.isConflict(failure("42804"))).as("wrong type").isFalse();
        assertThat(Seats.isConflict(new PersistenceException("no SQL state"))).isFalse();
    }
}
