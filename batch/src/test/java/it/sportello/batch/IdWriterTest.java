package it.sportello.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJBException;

import org.junit.jupiter.api.Test;

import it.sportello.platform.BusinessException;

class IdWriterTest {

    /** Records what it was asked to do; its transaction for the whole chunk fails as told. */
    static class Recording extends IdWriter {
        final List<List<Long>> together = new ArrayList<>();
        final List<Long> alone = new ArrayList<>();
        RuntimeException chunkFailure;
        boolean canWriteTogether = true;

        @Override
        protected void write(long id) {
            alone.add(id);
        }

        @Override
        protected boolean writeTogether(List<Long> ids) {
            if (!canWriteTogether) {
                return false;
            }
            if (chunkFailure != null) {
                throw chunkFailure;
            }
            together.add(ids);
            return true;
        }
    }

    @Test
    void aChunkIsWrittenInOneTransactionWhenTheBoundaryCan() {
        Recording writer = new Recording();
        writer.writeItems(List.of(3L, 5L, 8L));
        assertThat(writer.together).containsExactly(List.of(3L, 5L, 8L));
        assertThat(writer.alone).isEmpty();
    }

    @Test
    void aChunkWhoseTransactionFailedIsWrittenAgainOneItemAtATime() {
        Recording writer = new Recording();
        writer.chunkFailure = new EJBException("one bad draft");
        writer.writeItems(List.of(3L, 5L, 8L));
        assertThat(writer.alone).containsExactly(3L, 5L, 8L);

        Recording refused = new Recording();
        refused.chunkFailure = new BusinessException("practice.not_draft");
        refused.writeItems(List.of(13L, 21L));
        assertThat(refused.alone).containsExactly(13L, 21L);
    }

    @Test
    void aWriterWithoutChunkTransactionsAndASingleItemGoOneByOne() {
        Recording single = new Recording();
        single.writeItems(List.of(34L));
        assertThat(single.alone).containsExactly(34L);
        assertThat(single.together).isEmpty();

        Recording oneByOne = new Recording();
        oneByOne.canWriteTogether = false;
        oneByOne.writeItems(List.of(1L, 2L));
        assertThat(oneByOne.alone).containsExactly(1L, 2L);
    }
}
