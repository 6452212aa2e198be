package it.sportello.practice.entity;

import java.time.Instant;
import java.util.List;

import it.sportello.identity.entity.StaffAccount;
import it.sportello.platform.text.RichText;

/**
 * The office's outcome of a practice: approving it, in full or in part, or rejecting it, and
 * releasing an outcome whose letter waited for the protocol register. The {@link Decision} keeps
 * what was decided and says what the practice then waits for; this part checks who decides and
 * when, writes the message to the citizen and moves the practice through its {@code moveTo}.
 * Reached by {@link Practice#deciding()}.
 */
public final class Deciding {

    private final Practice practice;

    Deciding(Practice practice) {
        this.practice = practice;
    }

    /** "Approva". See {@link #decide}. */
    public Message approve(
            StaffAccount by,
            RichText text,
            PendingFile letter,
            List<PendingFile> files,
            ReleaseCharges charges,
            DeskPolicy policy,
            Instant now) {
        return decide(Outcome.ACCEPTED, by, text, letter, files, charges, policy, now);
    }

    /** "Approva parzialmente". See {@link #decide}. */
    public Message approvePartially(
            StaffAccount by,
            RichText text,
            PendingFile letter,
            List<PendingFile> files,
            ReleaseCharges charges,
            DeskPolicy policy,
            Instant now) {
        return decide(Outcome.PARTIALLY_ACCEPTED, by, text, letter, files, charges, policy, now);
    }

    /** "Rigetta". See {@link #decide}. */
    public Message reject(
            StaffAccount by,
            RichText text,
            PendingFile letter,
            List<PendingFile> files,
            DeskPolicy policy,
            Instant now) {
        return decide(Outcome.REJECTED, by, text, letter, files, ReleaseCharges.NONE, policy, now);
    }

    /**
     * The outcome, by the operator working the practice and not while integrations are awaited:
     * a message to the citizen (required), the response document (uploaded, or made from the
     * message by the caller) and attachments. What the practice then waits for, if anything, is
     * the {@link Decision}'s to say; a practice <em>Elaborata</em> gets its outcome once its letter
     * is registered ({@link #releaseOutcome}).
     */
    private Message decide(
            Outcome outcome,
            StaffAccount by,
            RichText text,
            PendingFile letter,
            List<PendingFile> files,
            ReleaseCharges charges,
            DeskPolicy policy,
            Instant now) {
        practice.desk().requireWorkedBy(by);
        if (practice.isWaitingForIntegration()) {
            throw new PracticeRefusedException("practice.desk.integration.open");
        }
        if (text == null || text.isBlank()) {
            throw new PracticeRefusedException("practice.desk.outcome.message_required");
        }
        if (letter == null) {
            throw new PracticeRefusedException("practice.desk.outcome.letter_required");
        }
        Correspondence correspondence = practice.correspondence();
        Message message = correspondence.operatorMessage(by, text, files, now);
        Attachment document = correspondence.generated(letter, by, now);
        message.attach(document);
        Decision decision = new Decision(outcome, document);
        practice.decided(decision);
        practice.act(DeskAction.Kind.OUTCOME, now, Actor.OPERATOR, by.getUsername(), outcome.name());
        practice.moveTo(decision.statusOnDeciding(charges, policy), now, Actor.OPERATOR, by.getUsername());
        return message;
    }

    /** The outcome letter was registered in the protocol: the decided practice gets its outcome. */
    public void releaseOutcome(Instant now) {
        if (!practice.isWaitingForOutcomeLetter() || practice.getDecision().isEmpty()) {
            throw new PracticeRefusedException("practice.desk.outcome.not_processed");
        }
        Outcome outcome = practice.getDecision().get().getOutcome();
        practice.act(DeskAction.Kind.OUTCOME_RELEASED, now, Actor.SYSTEM, "sportello", outcome.name());
        practice.moveTo(outcome.status(), now, Actor.SYSTEM, "sportello");
    }
}
