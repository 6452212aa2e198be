package it.sportello.web.backoffice.practices;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.PaymentMode;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.FormData;
import it.sportello.form.control.FormDefinition;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.control.FormSummary;
import it.sportello.form.control.GeoPoint;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.payment.boundary.Payments;
import it.sportello.platform.money.Money;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.boundary.DeskList;
import it.sportello.practice.boundary.PracticeDesk;
import it.sportello.practice.boundary.PracticePlace;
import it.sportello.practice.boundary.UnknownPracticeException;
import it.sportello.practice.boundary.Upload;
import it.sportello.practice.control.IterLines;
import it.sportello.practice.entity.Assignment;
import it.sportello.practice.entity.DeskPolicy;
import it.sportello.practice.entity.Message;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.Priority;
import it.sportello.practice.entity.ReleaseCharges;
import it.sportello.protocol.boundary.ProtocolRegistrations;
import it.sportello.protocol.entity.ProtocolRegistration;
import it.sportello.web.form.Uploads;
import it.sportello.web.i18n.BundleMessages;
import it.sportello.web.i18n.LocaleSelection;
import it.sportello.web.map.MapMarkers;

/**
 * Backing bean of {@code /backoffice/pratiche/dettaglio.xhtml?pratica=<reference>}: one practice
 * at the operator's desk — the filled form, files, messages and internal notes, the iter and the
 * applicant's latest practices — and every action on it. The page offers the actions the
 * practice's state allows; the rules themselves are the practice's, and a refusal comes back as
 * a message. A practice of a service the operator is not enabled for is a 404.
 */
@Named
@ViewScoped
public class PracticeDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/backoffice/pratiche/dettaglio.xhtml";

    /** How many of the applicant's other practices the side panel lists. */
    static final int LATEST = 5;

    private static final String DONE_PREFIX = "desk_detail.";

    /** The confirmations {@code ?esito=} may name. */
    private static final java.util.Set<String> DONE = java.util.Set.of(
            "taken",
            "takenOver",
            "assigned",
            "prioritized",
            "integration.requested",
            "integration.accepted",
            "integration.cancelled",
            "decided",
            "message.sent",
            "note.added",
            "sentOnBehalf",
            "payment.registered");

    /** The panels an action opens before it is confirmed. */
    public enum Panel {
        NONE,
        INTEGRATION,
        ACCEPT_INTEGRATION,
        APPROVE,
        APPROVE_PARTIALLY,
        REJECT,
        REGISTER_PAYMENT
    }

    @EJB
    PracticeDesk desk;

    @EJB
    DeskList deskList;

    @EJB
    Catalog catalog;

    @EJB
    Payments payments;

    @EJB
    ProtocolRegistrations protocol;

    @Inject
    LocaleSelection locale;

    /** Whether sent practices wait for their protocol number before the office takes them. */
    private boolean protocolOn;

    private String reference;
    private String tab;
    private String outcome;
    /** Read in this request; where the view is restored on another node, read again by its reference. */
    private transient Practice practice;

    private List<FormSummary.Part> summary;
    /** The marker of the point the practice places on the map (for {@code maps.js}); null when none. */
    private String place;

    private transient List<Practice> latest;
    private transient List<StaffAccount> colleagues;
    private transient List<Office> offices;

    private Panel panel = Panel.NONE;
    private String text;
    private String note;
    private String office;
    private String operator;
    private Priority priority;
    private Map<Long, Boolean> acceptedAnswers = new LinkedHashMap<>();
    /**
     * On approval: the deferred pagoPA amount (0 = exempt) and the stamp duties due on release,
     * checked where they are typed so that a wrong one is a message next to its field.
     */
    private Money deferredAmount;

    @Min(value = 0, message = "{release_charges.stamps.min}")
    @Max(value = ReleaseCharges.MAX_STAMPS, message = "{release_charges.stamps.max}")
    private int releaseStamps;
    /** "Registra pagamento": whether the reason is sent to the citizen rather than kept as an internal note. */
    private boolean reasonToCitizen;

    private transient List<ProtocolRegistration> registrations;
    private transient List<IterLines.Line> iter;
    private transient Part letter;
    private transient List<Part> files;

    public void load() {
        if (reference == null || reference.isBlank()) {
            Faces.responseSendError(404, "");
            return;
        }
        try {
            refresh();
        } catch (UnknownPracticeException e) {
            Faces.responseSendError(404, "");
            return;
        }
        if (outcome != null && DONE.contains(outcome)) {
            Messages.addGlobalInfo(DONE_PREFIX + outcome);
        }
    }

    private void refresh() {
        protocolOn = desk.registersInProtocol();
        practice = desk.find(reference);
        if (practice.isSent()) {
            FormDefinition definition = FormDefinitions.parse(practice.getForm().getDefinition());
            FormData data = FormData.fromJson(definition, practice.getData());
            summary = FormSummary.of(definition, data, locale.getLocale());
            place = definition.fields().stream()
                    .filter(field -> field.kind() == FieldKind.MAP_POINT)
                    .map(field -> data.get(field.id(), GeoPoint.class))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map(point -> MapMarkers.json(
                            List.of(new PracticePlace(
                                    practice.getReference(),
                                    practice.getShortReference(),
                                    practice.getStatus(),
                                    practice.getApplicant().fullName(),
                                    point)),
                            "",
                            locale.getLocale()))
                    .orElse(null);
        } else {
            summary = List.of();
            place = null;
        }
        latest = null;
        colleagues = null;
        Assignment assignment = practice.getAssignment();
        office = assignment.getOffice() == null ? null : assignment.getOffice().getCode();
        operator = assignment.getOperator() == null
                ? null
                : assignment.getOperator().getUsername();
        priority = assignment.getPriority();
        registrations = null;
        iter = null;
    }

    // --- what the state allows --------------------------------------------------------------------

    public boolean isTakeable() {
        return getPractice().desk().canBeTakenBy(me(), DeskPolicy.protocol(protocolOn));
    }

    public boolean isTakeOverable() {
        return getPractice().desk().canBeTakenOverBy(me());
    }

    /** Held by the operator and being worked: integrations and outcomes are possible. */
    public boolean isWorkable() {
        return getPractice().desk().canBeWorkedBy(me());
    }

    /** "Subentra a <collega>". */
    public String getTakeOverLabel() {
        StaffAccount holder = getPractice().getAssignment().getOperator();
        return holder == null ? "" : BundleMessages.format("desk_detail.takeOver", holder.getDisplayName());
    }

    /** Whether the practice's state offers the operator any action. */
    public boolean isAnyAction() {
        return isTakeable() || isTakeOverable() || isWorkable();
    }

    public boolean isWaitingIntegration() {
        return getPractice().isWaitingForIntegration();
    }

    public boolean isChangeable() {
        return getPractice().desk().isChangeable();
    }

    // --- actions ----------------------------------------------------------------------------------

    public String takeCharge() {
        desk.takeCharge(reference);
        return done("desk_detail.taken");
    }

    public String takeOver() {
        desk.takeOver(reference);
        return done("desk_detail.takenOver");
    }

    public String assign() {
        desk.assign(reference, office, operator);
        return done("desk_detail.assigned");
    }

    public String prioritize() {
        desk.prioritize(reference, priority);
        return done("desk_detail.prioritized");
    }

    public void open(Panel which) {
        panel = which;
        text = null;
        if (which == Panel.APPROVE || which == Panel.APPROVE_PARTIALLY) {
            ReleaseCharges proposed = desk.proposedCharges(reference);
            deferredAmount = isDeferred() ? Money.of(proposed.deferredAmount()) : null;
            releaseStamps = proposed.stampDuties();
        }
        if (which == Panel.ACCEPT_INTEGRATION) {
            acceptedAnswers = new LinkedHashMap<>();
            getPractice()
                    .correspondence()
                    .integrationAnswers()
                    .forEach(answer -> acceptedAnswers.put(answer.getId(), true));
        }
    }

    public void close() {
        panel = Panel.NONE;
    }

    public String requestIntegration() throws IOException {
        desk.requestIntegration(reference, text, uploads(files));
        return done("desk_detail.integration.requested");
    }

    public String acceptIntegration() {
        List<Long> chosen = acceptedAnswers.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        desk.acceptIntegration(reference, chosen);
        return done("desk_detail.integration.accepted");
    }

    public String cancelIntegration() {
        desk.cancelIntegration(reference);
        return done("desk_detail.integration.cancelled");
    }

    /** Confirms the open panel: the integration request, the registered payment or the outcome. */
    public String confirm() throws IOException {
        return switch (panel) {
            case INTEGRATION -> requestIntegration();
            case REGISTER_PAYMENT -> registerPayment();
            default -> decide();
        };
    }

    /** "Registra pagamento": a payment made elsewhere, irreversible, with its reason. */
    public String registerPayment() {
        payments.register(reference, text, reasonToCitizen);
        return done("desk_detail.payment.registered");
    }

    /** Whether the service is paid on release: the approval asks for the amount. */
    public boolean isDeferred() {
        return getPractice().getService().getPaymentMode() == PaymentMode.DEFERRED;
    }

    /** Whether the practice has a payment tab: its service is paid, or it has payments or stamps. */
    public boolean isPaid() {
        return payments.hasPaymentPartAtDesk(reference);
    }

    /** Whether the practice has a "Protocollo" tab: the protocol register is on. */
    public boolean isProtocolShown() {
        return protocolOn;
    }

    /** The protocol registrations of the practice, registered or waiting, in order. */
    public List<ProtocolRegistration> getRegistrations() {
        if (registrations == null) {
            registrations = protocolOn ? protocol.atDesk(reference) : List.of();
        }
        return registrations;
    }

    /** A document registered with the protocol, from a digest line ("SHA-256, two spaces, file name"). */
    public record RegisteredDocument(String fileName, String sha256) {

        static RegisteredDocument of(String line) {
            int gap = line.indexOf("  ");
            return gap < 0
                    ? new RegisteredDocument(line, "")
                    : new RegisteredDocument(line.substring(gap + 2), line.substring(0, gap));
        }
    }

    public List<RegisteredDocument> documentsOf(ProtocolRegistration registration) {
        return registration.getDocuments().stream()
                .filter(line -> !line.isBlank())
                .map(RegisteredDocument::of)
                .toList();
    }

    /** "Approva", "Approva parzialmente" or "Rigetta", as the open panel says. */
    public String decide() throws IOException {
        List<Upload> letters = uploads(letter == null ? List.of() : List.of(letter));
        Upload document = letters.isEmpty() ? null : letters.get(0);
        ReleaseCharges charges =
                new ReleaseCharges(deferredAmount == null ? BigDecimal.ZERO : deferredAmount.euros(), releaseStamps);
        switch (panel) {
            case APPROVE -> desk.approve(reference, text, document, uploads(files), charges);
            case APPROVE_PARTIALLY -> desk.approvePartially(reference, text, document, uploads(files), charges);
            case REJECT -> desk.reject(reference, text, document, uploads(files));
            default -> throw new IllegalStateException("No outcome panel is open");
        }
        return done("desk_detail.decided");
    }

    public String write() throws IOException {
        desk.write(reference, text, uploads(files));
        return done("desk_detail.message.sent", "messaggi");
    }

    public String addNote() {
        desk.note(reference, note);
        return done("desk_detail.note.added", "note");
    }

    private String done(String key) {
        return done(key, null);
    }

    /** After an action: the page again, by GET, with the confirmation named in the address ({@code ?esito=}). */
    private String done(String key, String openTab) {
        return PATH + "?faces-redirect=true&pratica=" + reference + "&esito=" + key.substring(DONE_PREFIX.length())
                + (openTab == null ? "" : "&scheda=" + openTab);
    }

    private static List<Upload> uploads(List<Part> parts) throws IOException {
        return Uploads.of(parts);
    }

    // --- what the page shows ----------------------------------------------------------------------

    /** The iter, one line per event, in the operator's language with people and offices by name. */
    public List<IterLines.Line> getIter() {
        if (iter == null) {
            iter = desk.iter(reference, locale.getLocale());
        }
        return iter;
    }

    public List<Message> getIntegrationAnswers() {
        return getPractice().correspondence().integrationAnswers();
    }

    public List<Office> getOffices() {
        if (offices == null) {
            offices = catalog.offices();
        }
        return offices;
    }

    /** Whom the practice can be assigned to: enabled for its service and, once an office is chosen, working in it. */
    public List<StaffAccount> getColleagues() {
        return office == null || office.isBlank()
                ? colleagues()
                : colleagues().stream()
                        .filter(colleague -> colleague.worksIn(office))
                        .toList();
    }

    /** Another office chosen: an operator who does not work in it is no longer chosen. */
    public void officeChosen() {
        if (operator != null
                && getColleagues().stream()
                        .noneMatch(colleague -> colleague.getUsername().equals(operator))) {
            operator = null;
        }
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public java.time.LocalDate getAnswerDueBy() {
        return getPractice().answerDueBy(Clocks.ITALY).orElse(null);
    }

    private String me() {
        return Faces.getRemoteUser();
    }

    // --- bound values -----------------------------------------------------------------------------

    public Practice getPractice() {
        if (practice == null && reference != null) {
            practice = desk.find(reference);
        }
        return practice;
    }

    private List<StaffAccount> colleagues() {
        if (colleagues == null) {
            colleagues = desk.colleagues(reference);
        }
        return colleagues;
    }

    public String getPlace() {
        return place;
    }

    public List<FormSummary.Part> getSummary() {
        return summary;
    }

    public List<Practice> getLatest() {
        if (latest == null) {
            latest = deskList.latestOfApplicant(reference, LATEST);
        }
        return latest;
    }

    public Panel getPanel() {
        return panel;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    /** The index of the tab to open, from {@code ?scheda=}. */
    public int getActiveTab() {
        return switch (tab == null ? "" : tab) {
            case "allegati" -> 1;
            case "messaggi" -> 2;
            case "note" -> 3;
            case "pagamento" -> isPaid() ? 4 : 0;
            case "protocollo" -> isProtocolShown() ? (isPaid() ? 5 : 4) : 0;
            case PracticeAppointmentsDesk.TAB ->
                getPractice().appointments().isOffered() ? 4 + (isPaid() ? 1 : 0) + (isProtocolShown() ? 1 : 0) : 0;
            default -> 0;
        };
    }

    public void setActiveTab(int index) {
        // the tab view reports the tab chosen; the address keeps the one asked for
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public Money getDeferredAmount() {
        return deferredAmount;
    }

    public void setDeferredAmount(Money deferredAmount) {
        this.deferredAmount = deferredAmount;
    }

    public int getReleaseStamps() {
        return releaseStamps;
    }

    public void setReleaseStamps(int releaseStamps) {
        this.releaseStamps = releaseStamps;
    }

    public boolean isReasonToCitizen() {
        return reasonToCitizen;
    }

    public void setReasonToCitizen(boolean reasonToCitizen) {
        this.reasonToCitizen = reasonToCitizen;
    }

    public Map<Long, Boolean> getAcceptedAnswers() {
        return acceptedAnswers;
    }

    public Part getLetter() {
        return letter;
    }

    public void setLetter(Part letter) {
        this.letter = letter;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
