package it.sportello.batch;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJBException;

import it.sportello.platform.BusinessException;
import it.sportello.platform.logging.Logs;

/**
 * Writes the ids an {@link IdReader} read through boundary calls that run in transactions of their
 * own: what was done before a failure or a stop stays done. A writer works one item per
 * transaction, or, where the boundary offers it, all the items of a chunk in one transaction
 * ({@link #writeTogether}); when that transaction fails, the chunk is worked again one item per
 * transaction, so that one bad item is skipped alone and the others are done.
 */
public abstract class IdWriter extends AbstractItemWriter {

    private static final Logger LOG = Logs.of(IdWriter.class);

    /** Does the work on one item, in its own transaction. */
    protected abstract void write(long id);

    /**
     * Does the work on all the items in one transaction, if the boundary can; returns false when
     * this writer works one item at a time.
     */
    protected boolean writeTogether(List<Long> ids) {
        return false;
    }

    @Override
    public void writeItems(List<Object> items) {
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        if (ids.size() > 1) {
            try {
                if (writeTogether(ids)) {
                    return;
                }
            } catch (EJBException | BusinessException e) {
                LOG.log(Level.INFO, e, () -> "Chunk of " + ids.size() + " items rolled back; working them one by one");
            }
        }
        for (long id : ids) {
            write(id);
        }
    }
}
