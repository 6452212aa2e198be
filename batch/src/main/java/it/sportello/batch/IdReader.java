package it.sportello.batch;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;

import it.sportello.platform.database.IdSlice;

/**
 * Reads, in ascending order, the ids of the items a step works on, chosen when the step opens; the
 * checkpoint is the last id read, so a restarted step goes on with the ids after it and reads
 * nothing twice. Each writer re-checks its item in its own transaction, so an item done by someone
 * else in the meantime is left alone.
 * <p>
 * In a partitioned step ({@link IdPartitions}) each partition reads its own {@link IdSlice} of the
 * ids (reader property {@code slice}) and keeps its own checkpoint; the limit {@code max} is shared
 * among the partitions.
 */
public abstract class IdReader extends AbstractItemReader {

    /** At most this many items per run (job property {@code max}). */
    @Inject
    @BatchProperty
    String max;

    /** The part of the ids this partition works on (reader property {@code slice}); every id when absent. */
    @Inject
    @BatchProperty
    String slice;

    private List<Long> ids;
    private int position;
    private long last;

    /** At most {@code max} ids of the slice to work on greater than {@code after}, ascending. */
    protected abstract List<Long> ids(long after, int max, IdSlice slice);

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0 : (Long) checkpoint;
        IdSlice part = IdSlice.parse(slice);
        int share = part.share(max == null || max.isBlank() ? Integer.MAX_VALUE : Integer.parseInt(max));
        ids = share == 0 ? List.of() : ids(last, share, part);
        position = 0;
    }

    @Override
    public Object readItem() {
        if (position >= ids.size()) {
            return null;
        }
        last = ids.get(position++);
        return last;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
