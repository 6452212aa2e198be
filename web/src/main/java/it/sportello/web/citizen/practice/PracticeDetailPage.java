package it.sportello.web.citizen.practice;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.form.control.FormData;
import it.sportello.form.control.FormDefinition;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.control.FormSummary;
import it.sportello.form.entity.FileType;
import it.sportello.payment.boundary.Payments;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.boundary.UnknownPracticeException;
import it.sportello.practice.boundary.Upload;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.Withdrawal;
import it.sportello.protocol.boundary.ProtocolRegistrations;
import it.sportello.protocol.entity.ProtocolRegistration;
import it.sportello.web.form.Uploads;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /area-personale/pratiche/dettaglio.xhtml?pratica=<reference>}: one of
 * the citizen's practices with its filled form, files, messages and iter. A reference that is not
 * the citizen's is a 404, exactly like one that does not exist. The citizen writes to the office
 * (the answer to an integration request while one is open) and withdraws the practice after
 * confirming it.
 */
@Named
@ViewScoped
public class PracticeDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/area-personale/pratiche/dettaglio.xhtml";

    /** How many files one message carries at most: the size of the upload the page accepts. */
    public static final int MAX_FILES = 5;

    /** How many other practices the side panel lists. */
    static final int LATEST = 5;

    static final String FORM_TAB = "modulo";
    static final String PAYMENT_TAB = "pagamento";
    static final String FILES_TAB = "allegati";
    static final String MESSAGES_TAB = "messaggi";

    @Inject
    LocaleSelection locale;

    @EJB
    Practices practices;

    @EJB
    PracticeWorkflow workflow;

    @EJB
    ProtocolRegistrations protocol;

    @EJB
    Payments payments;

    private String reference;
    private String tab;
    /** Read in this request; where the view is restored on another node, read again by its reference. */
    private transient Practice practice;

    private List<FormSummary.Part> summary;
    private transient List<Practice> latest;
    private String text;
    private transient List<Part> files;
    private boolean confirmingWithdrawal;
    private Withdrawal withdrawal;
    private transient List<ProtocolRegistration> registrations;
    private boolean paymentShown;
    /** Arriving from the wizard right after sending ({@code ?inviata=true}). */
    private boolean justSent;

    public boolean isJustSent() {
        return justSent;
    }

    public void setJustSent(boolean justSent) {
        this.justSent = justSent;
    }

    public void load() {
        if (reference == null || reference.isBlank()) {
            Faces.responseSendError(404, "");
            return;
        }
        try {
            practice = practices.owned(reference);
        } catch (UnknownPracticeException e) {
            Faces.responseSendError(404, "");
            return;
        }
        if (justSent && practice.isSent()) {
            Messages.addGlobalInfo("practice_wizard.sent", practice.getReference());
        }
        if (practice.getData() != null) {
            // sent, or frozen while it waits for the payment that sends it
            FormDefinition definition = FormDefinitions.parse(practice.getForm().getDefinition());
            summary = FormSummary.of(definition, FormData.fromJson(definition, practice.getData()), locale.getLocale());
        } else {
            summary = List.of();
        }
        withdrawal = workflow.withdrawal(practice.getReference());
        paymentShown = payments.hasPaymentPart(practice.getReference());
        if (tab == null
                || !List.of(FORM_TAB, FILES_TAB, MESSAGES_TAB, PAYMENT_TAB, PracticeAppointmentsPage.TAB)
                        .contains(tab)
                || (PAYMENT_TAB.equals(tab) && !paymentShown)
                || (PracticeAppointmentsPage.TAB.equals(tab)
                        && !practice.appointments().isOffered())) {
            tab = practice.isWaitingForPayment() ? PAYMENT_TAB : FORM_TAB;
        }
    }

    /** Sends the message with its files; while the office waits for integrations, it is the answer. */
    public String write() throws IOException {
        tab = MESSAGES_TAB;
        List<Upload> uploads = uploads();
        if (uploads.size() > MAX_FILES) {
            Messages.addGlobalError("practice_detail.messages.files.tooMany", MAX_FILES);
            return null;
        }
        workflow.write(getPractice().getReference(), text, isAnsweringIntegration(), uploads);
        Messages.addFlashGlobalInfo(
                isAnsweringIntegration() ? "practice_detail.integration.sent" : "practice_detail.messages.sent");
        return reopen(MESSAGES_TAB);
    }

    /** First step of "Ritira pratica": the page asks the citizen to confirm. */
    public void askWithdrawal() {
        confirmingWithdrawal = true;
    }

    public void cancelWithdrawal() {
        confirmingWithdrawal = false;
    }

    public String withdraw() {
        confirmingWithdrawal = false;
        workflow.withdraw(getPractice().getReference());
        Messages.addFlashGlobalInfo("practice_detail.withdrawn");
        return reopen(FORM_TAB);
    }

    private String reopen(String openTab) {
        return PATH + "?faces-redirect=true&pratica=" + getPractice().getReference() + "&scheda=" + openTab;
    }

    private List<Upload> uploads() throws IOException {
        return Uploads.of(files);
    }

    /** Whether the office asked for integrations: the message form then answers that request. */
    public boolean isAnsweringIntegration() {
        return getPractice().isWaitingForIntegration();
    }

    /** Whether "Ritira pratica" is offered: only when the practice's rules allow it now. */
    public boolean isWithdrawable() {
        return withdrawal.isAllowed();
    }

    /** The message key of why a practice with the office cannot be withdrawn; null when it can, or there is nothing to say. */
    public String getWithdrawalRefusal() {
        return withdrawal.shownRefusal();
    }

    /** The day the office must answer by, for a sent getPractice(). */
    public LocalDate getAnswerDueBy() {
        return getPractice().answerDueBy(Clocks.ITALY).orElse(null);
    }

    public int getMaxFiles() {
        return MAX_FILES;
    }

    /** The formats a message's files may have, as people know them: "csv, doc, docx…". */
    public String getMessageFormats() {
        return PracticeWorkflow.MESSAGE_TYPES.stream()
                .map(FileType::extension)
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /** The same formats for the browser's file chooser. */
    public String getMessageAccept() {
        return PracticeWorkflow.MESSAGE_TYPES.stream()
                .flatMap(type -> type == FileType.JPEG ? Stream.of("jpeg", "jpg") : Stream.of(type.extension()))
                .map(extension -> "." + extension)
                .sorted()
                .collect(Collectors.joining(","));
    }

    public Practice getPractice() {
        if (practice == null && reference != null) {
            practice = practices.owned(reference);
        }
        return practice;
    }

    /** The protocol numbers the practice's documents got, in order. */
    public List<ProtocolRegistration> getRegistrations() {
        if (registrations == null) {
            registrations = getPractice() == null ? List.of() : protocol.registered(reference);
        }
        return registrations;
    }

    public List<FormSummary.Part> getSummary() {
        return summary;
    }

    /** The citizen's other latest practices, for the side list. */
    public List<Practice> getLatest() {
        if (latest == null) {
            latest = practices.recent(LATEST + 1).stream()
                    .filter(other -> !other.getReference().equals(reference))
                    .limit(LATEST)
                    .toList();
        }
        return latest;
    }

    public boolean isConfirmingWithdrawal() {
        return confirmingWithdrawal;
    }

    /** Whether the practice has a "Pagamento e bolli" tab: it has a payment part (see {@code Payments}). */
    public boolean isPaymentShown() {
        return paymentShown;
    }

    /**
     * Whether "Presenta una richiesta collegata" is offered: the practice is sent and its form
     * asks for a request kind (rinnovo, modifica, voltura…), the way a change becomes a new
     * practice linked to the first. A report or a certificate has none.
     */
    public boolean isFollowUpOffered() {
        return getPractice().isSent()
                && FormDefinitions.parse(getPractice().getForm().getDefinition())
                        .asksForRequestKind();
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
