package it.sportello.batch.drafts;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import it.sportello.batch.IdWriter;
import it.sportello.practice.boundary.DraftExpiry;

/** Deletes each expired draft through the practice boundary, each in its own transaction. */
@Dependent
@Named
public class DraftDeletion extends IdWriter {

    @EJB
    DraftExpiry expiry;

    @Override
    protected void write(long id) {
        expiry.delete(id);
    }

    @Override
    protected boolean writeTogether(List<Long> ids) {
        expiry.delete(ids);
        return true;
    }
}
