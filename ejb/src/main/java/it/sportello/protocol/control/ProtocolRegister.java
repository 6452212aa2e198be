package it.sportello.protocol.control;

import java.time.Instant;
import java.util.List;

import it.sportello.platform.Reachability;
import it.sportello.protocol.entity.Direction;

/**
 * A protocol register: gives a document a number of its year. Asked again with the same
 * registration id it answers the same number and registers nothing new, so that whoever could not
 * hear the answer may simply ask again. Implementations: {@link MunicipalRegister} (the default)
 * and {@link HttpRegister}.
 */
public interface ProtocolRegister {

    /** What is registered. {@code documents} are digest lines ({@code sha256  name}), the main document first. */
    record Submission(
            String registrationId,
            Direction direction,
            String subject,
            String correspondent,
            String dossierCode,
            String documentName,
            byte[] document,
            List<String> documents) {}

    /** What the register answered. */
    record Receipt(int year, int number, Instant registeredAt) {}

    /** Registers the submission, or answers its earlier registration; a register that fails throws {@link RegisterUnavailableException}. */
    Receipt register(Submission submission);

    /** The name stored with each registration, e.g. {@code municipal}. */
    String name();

    /** Whether the register answers now; asked by the readiness check, never while registering. */
    Reachability reachability();
}
