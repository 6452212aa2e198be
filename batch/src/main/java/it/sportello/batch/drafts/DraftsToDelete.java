package it.sportello.batch.drafts;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import it.sportello.batch.IdReader;
import it.sportello.platform.database.IdSlice;
import it.sportello.practice.boundary.DraftExpiry;

/** Warned drafts whose warning is old enough for them to go. */
@Dependent
@Named
public class DraftsToDelete extends IdReader {

    @EJB
    DraftExpiry expiry;

    @Override
    protected List<Long> ids(long after, int max, IdSlice slice) {
        return expiry.toDelete(after, max, slice);
    }
}
