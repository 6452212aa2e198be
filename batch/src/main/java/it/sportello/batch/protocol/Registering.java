package it.sportello.batch.protocol;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import it.sportello.batch.IdWriter;
import it.sportello.protocol.boundary.ProtocolSubmission;

/**
 * Registers each registration through the protocol boundary, each in its own transaction: what
 * was registered before a failure or a stop stays registered, and the reader's checkpoint lets a
 * restart go on from there; a registration asked twice is answered, not registered again.
 */
@Dependent
@Named
public class Registering extends IdWriter {

    @EJB
    ProtocolSubmission submission;

    @Override
    protected void write(long id) {
        submission.register(id);
    }
}
