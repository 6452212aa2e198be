package it.sportello.practice.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import it.sportello.identity.entity.StaffAccount;
import it.sportello.platform.text.RichText;

/**
 * What the citizen and the office write to each other on a practice, and what the operators write
 * to themselves: the messages, the internal notes and the integration requests, with the rules of
 * when each may be written, and the files that come with them or are made as documents, which join
 * the practice's attachments. Reached by {@link Practice#correspondence()}, which hands it the
 * practice's lists; the practice keeps the status: asking for integrations and closing the request
 * move the practice through its {@code moveTo}, after the operator was checked to work it, and the
 * practice says whether it waits for integrations ({@link Practice#isWaitingForIntegration}).
 */
public final class Correspondence {

    private final Practice practice;
    private final List<Message> messages;
    private final List<InternalNote> notes;
    private final List<IntegrationRequest> integrations;
    private final List<Attachment> attachments;

    Correspondence(
            Practice practice,
            List<Message> messages,
            List<InternalNote> notes,
            List<IntegrationRequest> integrations,
            List<Attachment> attachments) {
        this.practice = practice;
        this.messages = messages;
        this.notes = notes;
        this.integrations = integrations;
        this.attachments = attachments;
    }

    /**
     * A message of the citizen to the office, with its files; possible at any time after sending,
     * also after the outcome. An answer to an integration request only while one is open.
     */
    public Message fromCitizen(String text, boolean integrationAnswer, List<PendingFile> files, Instant now) {
        requireSent();
        if (integrationAnswer && !practice.isWaitingForIntegration()) {
            throw new PracticeRefusedException("practice.integration.none");
        }
        if (text == null || text.isBlank()) {
            throw new PracticeRefusedException("practice.message.empty");
        }
        if (files.stream().mapToLong(file -> file.bytes().length).sum() > Message.MAX_FILES_SIZE) {
            throw new PracticeRefusedException(
                    "practice.message.files_too_large", Message.MAX_FILES_SIZE / (1024 * 1024));
        }
        String citizen = practice.getApplicant().getFiscalCode().toString();
        return post(new Message(practice, Actor.CITIZEN, citizen, text.strip(), now, integrationAnswer), files, now);
    }

    /** A message of an operator to the citizen, with files; possible at any time after sending. */
    public Message fromOperator(StaffAccount by, RichText text, List<PendingFile> files, Instant now) {
        practice.desk().requireEnabled(by);
        requireSent();
        if (text == null || text.isBlank()) {
            throw new PracticeRefusedException("practice.message.empty");
        }
        Message message = operatorMessage(by, text, files, now);
        practice.act(DeskAction.Kind.MESSAGE, now, Actor.OPERATOR, by.getUsername(), null);
        return message;
    }

    /** A note for colleagues only ("nota interna"); possible at any time after sending. */
    public InternalNote note(StaffAccount by, String text, Instant now) {
        practice.desk().requireEnabled(by);
        requireSent();
        if (text == null || text.isBlank()) {
            throw new PracticeRefusedException("practice.desk.note.empty");
        }
        InternalNote note = new InternalNote(practice, by.getUsername(), text.strip(), now);
        notes.add(note);
        practice.act(DeskAction.Kind.NOTE, now, Actor.OPERATOR, by.getUsername(), null);
        return note;
    }

    /**
     * The reason an operator gives for what they did, to whom it concerns: a message to the citizen
     * or a note for the office. The action it explains is what the iter records, not the writing.
     */
    void explain(StaffAccount by, String reason, Audience readBy, Instant now) {
        if (readBy == Audience.CITIZEN) {
            operatorMessage(by, RichText.ofPlain(reason), List.of(), now);
        } else {
            notes.add(new InternalNote(practice, by.getUsername(), reason.strip(), now));
        }
    }

    /**
     * "Richiedi integrazioni": the operator working the practice asks the citizen for more; the
     * reason is required, files may go with it. The practice waits for the citizen's answer.
     */
    public IntegrationRequest requestIntegration(StaffAccount by, RichText text, List<PendingFile> files, Instant now) {
        practice.desk().requireWorkedBy(by);
        if (practice.isWaitingForIntegration()) {
            throw new PracticeRefusedException("practice.desk.integration.already_open");
        }
        if (text == null || text.isBlank()) {
            throw new PracticeRefusedException("practice.desk.integration.message_required");
        }
        Message message = operatorMessage(by, text, files, now);
        IntegrationRequest request = new IntegrationRequest(practice, message, now, by.getUsername());
        integrations.add(request);
        practice.act(DeskAction.Kind.INTEGRATION_REQUEST, now, Actor.OPERATOR, by.getUsername(), null);
        practice.moveTo(PracticeStatus.WAITING_INTEGRATION, now, Actor.OPERATOR, by.getUsername());
        return request;
    }

    /** The open integration request, if the practice waits for one. */
    public Optional<IntegrationRequest> openIntegration() {
        return integrations.stream().filter(IntegrationRequest::isOpen).findFirst();
    }

    /** What the citizen wrote since the open integration request: what the operator may accept. */
    public List<Message> integrationAnswers() {
        return openIntegration()
                .map(open -> messages.stream()
                        .filter(Message::isFromCitizen)
                        .filter(m -> !m.getSentAt().isBefore(open.getRequestedAt()))
                        .toList())
                .orElse(List.of());
    }

    /**
     * "Accetta integrazioni": the operator accepts some of the citizen's answers; they go into the
     * integration document (made from them by the caller) and the practice is worked again.
     */
    public IntegrationRequest acceptIntegration(
            StaffAccount by, List<Message> accepted, PendingFile document, Instant now) {
        IntegrationRequest open = closing(by);
        if (accepted.isEmpty()) {
            throw new PracticeRefusedException("practice.desk.integration.nothing_selected");
        }
        if (!integrationAnswers().containsAll(accepted)) {
            throw new PracticeRefusedException("practice.desk.integration.not_an_answer");
        }
        open.accept(accepted, generated(document, by, now), now, by.getUsername());
        closed(DeskAction.Kind.INTEGRATION_ACCEPT, by, now);
        return open;
    }

    /** "Annulla richiesta integrazioni": the practice is worked again without the answers. */
    public void cancelIntegration(StaffAccount by, Instant now) {
        closing(by).cancel(now, by.getUsername());
        closed(DeskAction.Kind.INTEGRATION_CANCEL, by, now);
    }

    /** The open request the operator working the practice closes. */
    private IntegrationRequest closing(StaffAccount by) {
        practice.desk().requireWorkedBy(by);
        return openIntegration().orElseThrow(() -> new PracticeRefusedException("practice.desk.integration.none"));
    }

    private void closed(DeskAction.Kind kind, StaffAccount by, Instant now) {
        practice.act(kind, now, Actor.OPERATOR, by.getUsername(), null);
        practice.moveTo(PracticeStatus.IN_PROGRESS, now, Actor.OPERATOR, by.getUsername());
    }

    /**
     * A message of the operator to the citizen as an action sends it (a request, an outcome, a
     * reason), within the lengths a message is stored with.
     */
    Message operatorMessage(StaffAccount by, RichText text, List<PendingFile> files, Instant now) {
        if (text.plain().length() > Message.TEXT_LENGTH || text.html().length() > Message.BODY_LENGTH) {
            throw new PracticeRefusedException("practice.message.too_long", Message.TEXT_LENGTH);
        }
        return post(new Message(practice, Actor.OPERATOR, by.getUsername(), text, now), files, now);
    }

    /** Adds the message with its files, each an attachment uploaded by the message's author. */
    private Message post(Message message, List<PendingFile> files, Instant now) {
        messages.add(message);
        for (PendingFile file : files) {
            message.attach(
                    attachFile(file, AttachmentPurpose.MESSAGE, now, message.getAuthorKind(), message.getAuthor()));
        }
        practice.touch(now);
        return message;
    }

    /** Adds a file that came with a message or was made as a document, uploaded now by its author. */
    private Attachment attachFile(
            PendingFile file, AttachmentPurpose purpose, Instant now, Actor uploaderKind, String uploader) {
        Attachment attachment = file.attachTo(practice, purpose, now, uploaderKind, uploader);
        attachments.add(attachment);
        return attachment;
    }

    /** A document the desk made (an outcome letter, an integration document), by the operator. */
    Attachment generated(PendingFile file, StaffAccount by, Instant now) {
        return attachFile(file, AttachmentPurpose.GENERATED, now, Actor.OPERATOR, by.getUsername());
    }

    /** Nothing is written on a draft: the office does not see it yet. */
    private void requireSent() {
        if (practice.isDraft()) {
            throw new PracticeRefusedException("practice.message.draft");
        }
    }
}
