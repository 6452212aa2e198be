package it.sportello.batch.drafts;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import it.sportello.batch.IdWriter;
import it.sportello.practice.boundary.DraftExpiry;

/** Warns the citizen of each draft, each in its own transaction. */
@Dependent
@Named
public class DraftWarning extends IdWriter {

    @EJB
    DraftExpiry expiry;

    @Override
    protected void write(long id) {
        expiry.warn(id);
    }

    @Override
    protected boolean writeTogether(List<Long> ids) {
        expiry.warn(ids);
        return true;
    }
}
