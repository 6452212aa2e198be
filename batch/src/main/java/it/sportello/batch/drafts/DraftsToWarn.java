package it.sportello.batch.drafts;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import it.sportello.batch.IdReader;
import it.sportello.platform.database.IdSlice;
import it.sportello.practice.boundary.DraftExpiry;

/** Drafts old enough to be warned and not warned yet. */
@Dependent
@Named
public class DraftsToWarn extends IdReader {

    @EJB
    DraftExpiry expiry;

    @Override
    protected List<Long> ids(long after, int max, IdSlice slice) {
        return expiry.toWarn(after, max, slice);
    }
}
