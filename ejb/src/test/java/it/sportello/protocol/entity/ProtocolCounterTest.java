package it.sportello.protocol.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProtocolCounterTest {

    @Test
    void numbersOfAYearStartAtOneAndFollowEachOther() {
        ProtocolCounter counter = new ProtocolCounter(2026);

        assertThat(counter.next()).isEqualTo(1);
        assertThat(counter.next()).isEqualTo(2);
        assertThat(counter.next()).isEqualTo(3);
        assertThat(counter.getLastNumber()).isEqualTo(3);
    }
}
