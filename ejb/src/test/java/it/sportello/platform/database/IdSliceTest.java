package it.sportello.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class IdSliceTest {

    @Test
    void theSharesOfALimitAddUpToIt() {
        for (int max : new int[] {1, 2, 7, 10, 100_000}) {
            assertThat(IntStream.range(0, 4)
                            .map(index -> new IdSlice(index, 4).share(max))
                            .sum())
                    .isEqualTo(max);
        }
        assertThat(new IdSlice(2, 4).share(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(new IdSlice(3, 4).share(3)).isZero();
    }

    @Test
    void readsWhatAPartitionPlanWrites() {
        assertThat(IdSlice.parse("2/5")).isEqualTo(new IdSlice(2, 5));
        assertThat(IdSlice.parse(new IdSlice(0, 1).toString())).isEqualTo(IdSlice.ALL);
        assertThat(IdSlice.parse(null)).isEqualTo(IdSlice.ALL);
        assertThat(IdSlice.parse(" ")).isEqualTo(IdSlice.ALL);
    }

    @Test
    void refusesAPartThatDoesNotExist() {
        assertThatThrownBy(() -> new IdSlice(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdSlice(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdSlice.parse("1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdSlice.parse("a/b")).isInstanceOf(NumberFormatException.class);
    }
}
