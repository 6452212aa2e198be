package it.sportello.practice.boundary;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.PaymentMode;
import it.sportello.catalog.entity.Service;
import it.sportello.form.control.Field;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.FormData;
import it.sportello.form.control.FormDefinition;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.entity.FileType;
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.boundary.UnknownCitizenException;
import it.sportello.identity.entity.Address;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.Contacts;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.IdentityDocument;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;
import it.sportello.municipality.Municipality;
import it.sportello.platform.BusinessException;
import it.sportello.platform.i18n.Texts;
import it.sportello.platform.text.Digests;
import it.sportello.platform.text.RichText;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.control.DeskTexts;
import it.sportello.practice.control.DraftInput;
import it.sportello.practice.control.IntegrationDocument;
import it.sportello.practice.control.IterLines;
import it.sportello.practice.control.OutcomeLetter;
import it.sportello.practice.control.PracticeCsv;
import it.sportello.practice.entity.Attachment;
import it.sportello.practice.entity.AttachmentPurpose;
import it.sportello.practice.entity.DeskAction;
import it.sportello.practice.entity.IntegrationRequest;
import it.sportello.practice.entity.InternalNote;
import it.sportello.practice.entity.IterStep;
import it.sportello.practice.entity.Message;
import it.sportello.practice.entity.Outcome;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeRefusedException;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.practice.entity.Priority;
import it.sportello.practice.entity.ReleaseCharges;
import it.sportello.practice.entity.ServiceRouting;

/**
 * What operators do with practices at the backoffice desk: the filtered list, the CSV export,
 * statistics, and every action on a practice (take charge, take over, assign, priority,
 * integrations, outcomes, messages, internal notes), plus practices started on behalf of a
 * citizen. Every call names the operator; a practice of a service the operator is not enabled
 * for is as unknown as one that does not exist. Each action notifies the citizen and the
 * service's operators once it has committed.
 * <p>
 * The office's messages (outcomes, integration requests, messages to the citizen) are rich text:
 * whatever the caller sends — the editor's HTML or plain text — goes through the allow-list of
 * {@link RichText} here, so the pages, any other client and the stored rows follow one rule.
 * Lengths count the text without markup.
 */
@Stateless
public class PracticeDesk {

    /** Rows read per round trip while exporting: enough for speed, few enough to keep memory flat. */
    static final int EXPORT_BATCH = 500;

    /** Who acts when the protocol register answers: no operator, the desk itself. */
    static final String SYSTEM = "sportello";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Municipality municipality;

    @Inject
    Event<PracticeDeskEvent> done;

    @Inject
    Cashier cashier;

    @EJB
    PracticeWorkflow workflow;

    @Inject
    @ConfigProperty(name = "sportello.protocol.enabled")
    boolean protocolOn;

    /**
     * Whether sent practices and outcomes are registered in the protocol register
     * ({@code sportello.protocol.enabled}): what the desk's pages show of the register follows it.
     */
    public boolean registersInProtocol() {
        return protocolOn;
    }

    // --- reading --------------------------------------------------------------------------------

    /** The practice, if the operator is enabled for its service and it was sent (or started by the desk). */
    public Practice find(@NotBlank String username, @NotBlank String reference) {
        return visible(operator(username), reference);
    }

    /**
     * The practice's iter as the operator reads it, in their language: one line per event, the
     * citizen, operators and offices by name ({@link IterLines}).
     */
    public List<IterLines.Line> iter(@NotBlank String username, @NotBlank String reference, @NotNull Locale locale) {
        Practice practice = visible(operator(username), reference);
        Set<String> people = new HashSet<>();
        Set<String> offices = new HashSet<>();
        for (IterStep step : practice.iter()) {
            people.add(step.actor());
            if (step.action() != null && step.detail() != null) {
                switch (step.action()) {
                    case TAKE_OVER -> people.add(step.detail());
                    case ROUTE -> offices.add(step.detail());
                    case ASSIGN -> {
                        String[] assigned = step.detail().split(" / ", 2);
                        offices.add(assigned[0].strip());
                        people.add(assigned[assigned.length - 1].strip());
                    }
                    default -> {
                        // no name in the detail
                    }
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        names.put(practice.getApplicant().getFiscalCode().toString(), practice.getApplicant().fullName());
        em.createNamedQuery(StaffAccount.BY_USERNAMES, StaffAccount.class).setParameter("usernames", people).getResultStream()
                .forEach(account -> names.put(account.getUsername(), account.getDisplayName()));
        Map<String, String> officeNames = new HashMap<>();
        if (!offices.isEmpty()) {
            em.createNamedQuery(Office.BY_CODES, Office.class).setParameter("codes", offices).getResultStream()
                    .forEach(office -> officeNames.put(office.getCode(), office.getName().in(locale)));
        }
        return IterLines.of(practice, new IterLines.Names(names, officeNames), locale);
    }

    /** One page of the filtered list, sorted in the database. */
    public List<Practice> list(@NotBlank String username, PracticeFilter filter, @Min(0) int first, @Min(1) int pageSize,
            PracticeSort sort, boolean ascending) {
        return page(new PracticeQuery(em, operator(username), filter), sort, ascending, first, pageSize);
    }

    /** The practices from {@code first} to {@code first + size} of the query's list, in its order. */
    private List<Practice> page(PracticeQuery query, PracticeSort sort, boolean ascending, int first, int size) {
        List<Long> ids = em.createQuery(query.ids(sort, ascending)).setFirstResult(first).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Practice> rows = new HashMap<>();
        em.createQuery(PracticeQuery.rows(em.getCriteriaBuilder(), ids)).getResultStream().forEach(row -> rows.put(row.getId(), row));
        // a practice deleted between the two queries (only drafts are, and the list has none) is left out
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    public long count(@NotBlank String username, PracticeFilter filter) {
        StaffAccount who = operator(username);
        return em.createQuery(new PracticeQuery(em, who, filter).count()).getSingleResult();
    }

    /**
     * The statuses that practices of the service (of all the operator's services when
     * {@code null}) are in: the list offers only those in its status filter.
     */
    public List<PracticeStatus> statuses(@NotBlank String username, String serviceCode) {
        StaffAccount who = operator(username);
        return em.createQuery(new PracticeQuery(em, who, PracticeFilter.ALL.withService(serviceCode))
                .statuses()).getResultList().stream().sorted().toList();
    }

    /** The services the operator is enabled for that take online requests, by Italian title: the list's service filter. */
    public List<Service> services(@NotBlank String username) {
        StaffAccount who = operator(username);
        return em.createNamedQuery(Service.ALL, Service.class).getResultStream().filter(who::isEnabledFor)
                .filter(service -> !service.isExternal())
                .sorted(java.util.Comparator.comparing(service -> service.getTitle().italian())).toList();
    }

    /** The operators a practice can be given to: those enabled for its service, by name. */
    public List<StaffAccount> colleagues(@NotBlank String username, @NotBlank String reference) {
        Practice practice = visible(operator(username), reference);
        return em.createNamedQuery(StaffAccount.SEARCH, StaffAccount.class).setParameter("text", "%").getResultStream()
                .filter(account -> account.isEnabledFor(practice.getService()))
                .sorted(java.util.Comparator.comparing(StaffAccount::getDisplayName)).toList();
    }

    /** The applicant's other practices the operator may see, the latest sent first ("ultime pratiche dell'utente"). */
    public List<Practice> latestOfApplicant(@NotBlank String username, @NotBlank String reference, @Min(1) int howMany) {
        StaffAccount who = operator(username);
        Practice practice = visible(who, reference);
        PracticeFilter sameApplicant = PracticeFilter.ALL.withText(practice.getApplicant().getFiscalCode().toString());
        return page(new PracticeQuery(em, who, sameApplicant), PracticeSort.INSERTED, false, 0, howMany + 1).stream()
                .filter(other -> !other.getReference().equals(reference)).limit(howMany).toList();
    }

    /**
     * Citizens whose codice fiscale is the text, or whose names contain it, for a practice on
     * their behalf; at most {@code howMany}, by family name.
     */
    public List<Citizen> citizens(@NotBlank String username, @NotBlank String text, @Min(1) int howMany) {
        operator(username);
        java.util.Optional<FiscalCode> code = FiscalCode.parse(text);
        if (code.isPresent()) {
            return em.createNamedQuery(Citizen.BY_FISCAL_CODE, Citizen.class).setParameter("fiscalCode", code.get())
                    .getResultList();
        }
        String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return em.createQuery("SELECT c FROM Citizen c WHERE LOWER(CONCAT(c.givenName, ' ', c.familyName)) LIKE :like ESCAPE '\\'"
                + " OR LOWER(CONCAT(c.familyName, ' ', c.givenName)) LIKE :like ESCAPE '\\' ORDER BY c.familyName, c.givenName, c.id",
                Citizen.class).setParameter("like", like).setMaxResults(howMany).getResultList();
    }

    /** A file of a practice the operator may see, to download; any other is unknown. */
    public Attachment attachment(@NotBlank String username, @NotBlank String attachmentReference) {
        StaffAccount who = operator(username);
        Attachment attachment = em.createNamedQuery(Attachment.BY_REFERENCE, Attachment.class)
                .setParameter("reference", attachmentReference).getResultStream().findFirst()
                .orElseThrow(UnknownPracticeException::new);
        if (!who.isEnabledFor(attachment.getPractice().getService()) || attachment.getPractice().isDraft()) {
            throw new UnknownPracticeException();
        }
        return attachment;
    }

    /**
     * Practices sent per month from January of {@code fromYear} to December of {@code toYear},
     * optionally of one status and one service, among the services the operator is enabled
     * for; and how many of those services take requests today.
     */
    public DeskStatistics statistics(@NotBlank String username, int fromYear, int toYear,
            PracticeStatus status, String serviceCode) {
        if (toYear < fromYear || toYear - fromYear > 20) {
            throw new IllegalArgumentException("A period of at most 20 years");
        }
        StaffAccount who = operator(username);
        PracticeFilter filter = PracticeFilter.ALL.withStatus(status).withService(serviceCode);
        PracticeQuery query = new PracticeQuery(em, who, filter);
        SortedMap<YearMonth, Long> perMonth = new TreeMap<>();
        for (YearMonth month = YearMonth.of(fromYear, 1); !month.isAfter(YearMonth.of(toYear, 12)); month = month.plusMonths(1)) {
            perMonth.put(month, em.createQuery(query.count(month.atDay(1).atStartOfDay(Clocks.ITALY).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(Clocks.ITALY).toInstant())).getSingleResult());
        }
        LocalDate today = LocalDate.now(clock);
        long active = em.createNamedQuery(Service.ALL, Service.class).getResultStream()
                .filter(who::isEnabledFor).filter(s -> !s.isExternal() && s.acceptsRequestsOn(today)).count();
        return new DeskStatistics(active, perMonth);
    }

    // --- export ---------------------------------------------------------------------------------

    /**
     * Writes the filtered list as CSV ({@link PracticeCsv}) to {@code out}, in the list's order,
     * reading it from the database a batch at a time. Form fields (and totals of numeric ones)
     * are of the filtered service's current form, so they need a service in the filter.
     */
    public void export(@NotBlank String username, PracticeFilter filter, PracticeSort sort, boolean ascending,
            @NotNull List<String> fieldIds, @NotNull Map<String, PracticeCsv.Aggregate> totals, @NotNull Locale locale,
            @NotNull OutputStream out) {
        StaffAccount who = operator(username);
        PracticeFilter chosen = filter == null ? PracticeFilter.ALL : filter;
        List<Field> fields = new ArrayList<>();
        if (!fieldIds.isEmpty() || !totals.isEmpty()) {
            if (chosen.serviceCode() == null) {
                throw new PracticeRefusedException("practice.desk.export.service_required");
            }
            FormDefinition current = FormDefinitions.parse(currentForm(service(who, chosen.serviceCode())).getDefinition());
            for (String fieldId : fieldIds) {
                fields.add(current.field(fieldId).orElseThrow(() -> new PracticeRefusedException("practice.desk.export.field_unknown", fieldId)));
            }
        }
        PracticeCsv csv = PracticeCsv.start(out, DeskTexts.csvHeaders(locale), fields, totals, Clocks.ITALY, locale);
        Texts texts = DeskTexts.of(locale);
        Map<Long, FormDefinition> definitions = new HashMap<>();
        PracticeQuery query = new PracticeQuery(em, who, chosen);
        for (int first = 0;; first += EXPORT_BATCH) {
            List<Practice> batch = page(query, sort, ascending, first, EXPORT_BATCH);
            for (Practice practice : batch) {
                csv.write(row(practice, fields, definitions, texts, locale));
            }
            if (batch.size() < EXPORT_BATCH) {
                break;
            }
            em.clear();
        }
        csv.finish();
    }

    private static PracticeCsv.Row row(Practice practice, List<Field> fields, Map<Long, FormDefinition> definitions,
            Texts texts, Locale locale) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (!fields.isEmpty() && practice.getData() != null) {
            FormDefinition definition = definitions.computeIfAbsent(practice.getForm().getId(),
                    id -> FormDefinitions.parse(practice.getForm().getDefinition()));
            FormData data = FormData.fromJson(definition, practice.getData());
            fields.forEach(field -> values.put(field.id(), data.get(field.id())));
        }
        return new PracticeCsv.Row(
                practice.getAuthMethod() == null ? texts.get("csv.auth.OPERATOR")
                        : texts.get("AuthMethod." + practice.getAuthMethod().name()),
                practice.getApplicant().fullName(), practice.getApplicant().getFiscalCode().toString(), practice.getSentAt(),
                practice.getStatusChangedAt(), texts.get("PracticeStatus." + practice.getStatus().name()),
                practice.getOperator() == null ? null : practice.getOperator().getDisplayName(),
                practice.getOffice() == null ? null : practice.getOffice().getName().in(locale),
                practice.getArea() == null ? null : practice.getArea().getName(), texts.get("Priority." + practice.getPriority().name()), practice.getReference(), values);
    }

    // --- who works the practice -----------------------------------------------------------------

    /** "Prendi in carico". */
    public Practice takeCharge(@NotBlank String username, @NotBlank String reference) {
        StaffAccount who = operator(username);
        Practice practice = visible(who, reference);
        practice.takeCharge(who, protocolOn, clock.instant());
        return notified(practice, DeskAction.Kind.TAKE_CHARGE, who);
    }

    /** "Subentra a ...". */
    public Practice takeOver(@NotBlank String username, @NotBlank String reference) {
        StaffAccount who = operator(username);
        Practice practice = visible(who, reference);
        practice.takeOver(who, clock.instant());
        return notified(practice, DeskAction.Kind.TAKE_OVER, who);
    }

    /** "Assegna": to an office (by code) and/or an operator (by username); either may be {@code null}. */
    public Practice assign(@NotBlank String username, @NotBlank String reference, String officeCode, String operatorUsername) {
        StaffAccount who = operator(username);
        Practice practice = visible(who, reference);
        Office office = officeCode == null || officeCode.isBlank() ? null : office(officeCode);
        StaffAccount to = operatorUsername == null || operatorUsername.isBlank() ? null : operator(operatorUsername);
        practice.assign(who, office, to, protocolOn, clock.instant());
        return notified(practice, DeskAction.Kind.ASSIGN, who);
    }

    /** "Cambio priorità". */
    public Practice prioritize(@NotBlank String username, @NotBlank String reference, @NotNull Priority priority) {
        StaffAccount who = operator(username);
        Practice practice = visible(who, reference);
        practice.prioritize(who, priority, clock.instant());
        return notified(practice, DeskAction.Kind.PRIORITY, who);
    }

    // --- integrations ---------------------------------------------------------------------------

    /** "Richiedi integrazioni": the reason is required, files may go with it. */
    public Practice requestIntegration(@NotBlank String username, @NotBlank String reference,
            @Size(max = Message.BODY_LENGTH) String text, @NotNull List<Upload> files) {
        StaffAccount who = operator(username);
        Practice practice = visible(who, reference);
        practice.requestIntegration(who, RichText.sanitize(text), pending(files, PracticeWorkflow.MESSAGE_TYPES), clock.instant());
        return notified(practice, DeskAction.Kind.INTEGRATION_REQUEST, who);
    }

    /**
     * "Accetta integrazioni": the citizen's messages chosen (by id, among
     * {@link Practice#integrationAnswers()}) go into the integration PDF, kept with the practice.
     */
    public Practice acceptIntegration(@NotBlank String username, @NotBlank String reference, @NotNull List<Long> messageIds) {
        StaffAccount who = operator(username);
        Practice practice = visible(who, reference);
        List<Message> chosen = practice.getMessages().stream().filter(m -> messageIds.contains(m.getId())).toList();
        if (chosen.size() != Set.copyOf(messageIds).size()) {
            throw new PracticeRefusedException("practice.desk.integration.not_an_answer");
        }
        IntegrationRequest open = practice.openIntegration()
                .orElseThrow(() -> new PracticeRefusedException("practice.desk.integration.none"));
        byte[] pdf = IntegrationDocument.render(practice, open.getRequest(), chosen, municipality.getName(), Locale.ITALIAN);
        practice.acceptIntegration(who, chosen, generated(IntegrationDocument.fileName(practice, practice.getIntegrations().size()), pdf),
                clock.instant());
        return notified(practice, DeskAction.Kind.INTEGRATION_ACCEPT, who);
    }

    /** "Annulla richiesta integrazioni". */
    public Practice cancelIntegration(@NotBlank String username, @NotBlank String reference) {
        StaffAccount who = operator(username);
        Practice practice = visible(who, reference);
        practice.cancelIntegration(who, clock.instant());
        return notified(practice, DeskAction.Kind.INTEGRATION_CANCEL, who);
    }

    // --- outcomes -------------------------------------------------------------------------------

    /**
     * "Approva": the message to the citizen, the response document uploaded or, when
     * {@code letter} is {@code null}, generated as PDF from the message, and attachments.
     */
    public Practice approve(@NotBlank String username, @NotBlank String reference, @Size(max = Message.BODY_LENGTH) String text,
            Upload letter, @NotNull List<Upload> files) {
        return approve(username, reference, text, letter, files, ReleaseCharges.NONE);
    }

    /**
     * "Approva" with what the citizen pays on release: a deferred pagoPA amount makes the practice
     * wait for the payment (the citizen gets the notice), stamp duties at release for the citizen
     * to provide them, and the outcome is released once nothing is due; 0 and no stamps mean
     * exempt, and the practice is approved at once.
     */
    public Practice approve(@NotBlank String username, @NotBlank String reference, @Size(max = Message.BODY_LENGTH) String text,
            Upload letter, @NotNull List<Upload> files, @NotNull ReleaseCharges charges) {
        return decide(Outcome.ACCEPTED, username, reference, text, letter, files, charges);
    }

    /** "Approva parzialmente", as {@link #approve}. */
    public Practice approvePartially(@NotBlank String username, @NotBlank String reference,
            @Size(max = Message.BODY_LENGTH) String text, Upload letter, @NotNull List<Upload> files) {
        return approvePartially(username, reference, text, letter, files, ReleaseCharges.NONE);
    }

    /** "Approva parzialmente" with what the citizen pays on release, as {@link #approve}. */
    public Practice approvePartially(@NotBlank String username, @NotBlank String reference,
            @Size(max = Message.BODY_LENGTH) String text, Upload letter, @NotNull List<Upload> files,
            @NotNull ReleaseCharges charges) {
        return decide(Outcome.PARTIALLY_ACCEPTED, username, reference, text, letter, files, charges);
    }

    /** "Rigetta", as {@link #approve}. */
    public Practice reject(@NotBlank String username, @NotBlank String reference, @Size(max = Message.BODY_LENGTH) String text,
            Upload letter, @NotNull List<Upload> files) {
        return decide(Outcome.REJECTED, username, reference, text, letter, files, ReleaseCharges.NONE);
    }

    private Practice decide(Outcome outcome, String username, String reference, String text, Upload letter, List<Upload> files,
            ReleaseCharges charges) {
        StaffAccount who = operator(username);
        Practice practice = visible(who, reference);
        RichText message = RichText.sanitize(text);
        List<Practice.PendingFile> attachments = pending(files, PracticeWorkflow.MESSAGE_TYPES);
        Practice.PendingFile document = letter != null ? pending(List.of(letter), PracticeWorkflow.DOCUMENT_TYPES).get(0)
                : message.isBlank() ? null
                : generated(OutcomeLetter.fileName(practice),
                        OutcomeLetter.render(practice, outcome, message.plain(), municipality.getName(), Locale.ITALIAN));
        switch (outcome) {
            case ACCEPTED -> practice.approve(who, message, document, attachments, charges, protocolOn, clock.instant());
            case PARTIALLY_ACCEPTED -> practice.approvePartially(who, message, document, attachments, charges, protocolOn,
                    clock.instant());
            case REJECTED -> practice.reject(who, message, document, attachments, protocolOn, clock.instant());
        }
        if (outcome != Outcome.REJECTED) {
            cashier.askOnRelease(practice, charges,
                    practice.getService().getTitle().italian() + " - " + practice.getApplicant().fullName());
        }
        return notified(practice, DeskAction.Kind.OUTCOME, who);
    }

    /**
     * What the approval form proposes to charge on release: for a service paid on release, the
     * amount the form computed or fixed; nothing otherwise. The operator may change it (0 = exempt).
     */
    public ReleaseCharges proposedCharges(@NotBlank String username, @NotBlank String reference) {
        Practice practice = visible(operator(username), reference);
        if (practice.getService().getPaymentMode() != PaymentMode.DEFERRED || practice.getData() == null) {
            return ReleaseCharges.NONE;
        }
        FormDefinition definition = FormDefinitions.parse(practice.getForm().getDefinition());
        return definition.paymentRequired()
                .flatMap(p -> p.amountFor(FormData.fromJson(definition, practice.getData())))
                .map(amount -> new ReleaseCharges(amount, 0)).orElse(ReleaseCharges.NONE);
    }

    // --- messages and notes ---------------------------------------------------------------------

    /** A message to the citizen, with files; also after the outcome. */
    public Message write(@NotBlank String username, @NotBlank String reference, @Size(max = Message.BODY_LENGTH) String text,
            @NotNull List<Upload> files) {
        StaffAccount who = operator(username);
        Practice practice = visible(who, reference);
        Message message = practice.writeFromOperator(who, RichText.sanitize(text), pending(files, PracticeWorkflow.MESSAGE_TYPES),
                clock.instant());
        notified(practice, DeskAction.Kind.MESSAGE, who);
        return message;
    }

    /** An internal note, for the service's operators only. */
    public InternalNote note(@NotBlank String username, @NotBlank String reference,
            @Size(max = InternalNote.TEXT_LENGTH) String text) {
        StaffAccount who = operator(username);
        Practice practice = visible(who, reference);
        InternalNote note = practice.note(who, text, clock.instant());
        notified(practice, DeskAction.Kind.NOTE, who);
        return note;
    }

    // --- on behalf of a citizen -----------------------------------------------------------------

    /**
     * "Nuova pratica per conto di un cittadino": a draft of the service for the citizen with that
     * codice fiscale, created with {@code ifNew} (names, and e-mail and mobile as contacts) when
     * the desk does not know them yet. The practice is the citizen's and shows in their area.
     */
    public Practice startOnBehalf(@NotBlank String username, @NotBlank String serviceCode, @NotNull FiscalCode fiscalCode,
            PersonalData ifNew) {
        StaffAccount who = operator(username);
        Service service = service(who, serviceCode);
        if (service.isExternal() || !service.acceptsRequestsOn(LocalDate.now(clock))) {
            throw new PracticeRefusedException("practice.service.closed");
        }
        Citizen citizen = em.createNamedQuery(Citizen.BY_FISCAL_CODE, Citizen.class).setParameter("fiscalCode", fiscalCode)
                .getResultStream().findFirst().orElseGet(() -> {
                    if (ifNew == null) {
                        throw new UnknownCitizenException(fiscalCode);
                    }
                    Citizen created = new Citizen(fiscalCode, ifNew);
                    created.updateProfile(new Contacts(ifNew.email(), ifNew.mobile(), null), new Address(), new Address(),
                            new IdentityDocument());
                    em.persist(created);
                    return created;
                });
        Practice practice = Practice.startOnBehalf(UUID.randomUUID().toString(), service, currentForm(service), citizen, who,
                clock.instant());
        em.persist(practice);
        return notified(practice, DeskAction.Kind.ON_BEHALF, who);
    }

    /**
     * A form file of a practice the desk started for a citizen, kept on its draft once checked as
     * the citizen's own files are (the field's types, read from the content, and size): what the
     * operator attached is not lost when the form still has something to fix. It replaces the
     * field's earlier file.
     */
    public Attachment attachOnBehalf(@NotBlank String username, @NotBlank String reference, @NotBlank String fieldId,
            @NotNull Upload upload) {
        Practice practice = visible(operator(username), reference);
        Field field = FormDefinitions.parse(practice.getForm().getDefinition()).field(fieldId)
                .filter(f -> f.kind() == FieldKind.FILE).orElseThrow(() -> new PracticeRefusedException("practice.file.field_unknown"));
        FileType type = PracticeWorkflow.checked(upload, Set.copyOf(field.accept()), field.maxSize());
        return practice.attach(UUID.randomUUID().toString(), AttachmentPurpose.FORM, field.id(), upload.fileName(), type,
                upload.bytes(), Digests.sha256(upload.bytes()), clock.instant());
    }

    /**
     * Sends a practice the desk started for a citizen, filled with them at the counter: the
     * citizen saw the privacy notice (the operator confirms it), the contacts the office answers
     * to and the form input, with the files attached to the draft, checked by the same rules as
     * the citizen's own sending. Sending it again returns it unchanged. The citizen gets the
     * receipt and finds it in their area.
     */
    public Practice sendOnBehalf(@NotBlank String username, @NotBlank String reference, boolean privacyShown,
            @Size(max = 254) String email, @Size(max = 40) String phone, @NotNull Map<String, ?> typed) {
        StaffAccount who = operator(username);
        Practice practice = visible(who, reference);
        em.lock(practice, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(practice);
        if (!practice.isDraft()) {
            return practice;
        }
        if (!privacyShown) {
            throw new PracticeRefusedException("practice.privacy.required");
        }
        Instant now = clock.instant();
        practice.acceptPrivacy(now);
        practice.contacts(email, phone, now);
        practice.actForSelf(now);
        practice.fill(DraftInput.toJson(typed), 0, now);
        return workflow.submit(practice, (data, paymentDue) -> practice.sendOnBehalf(data, who, paymentDue, now, Clocks.ITALY));
    }

    // --- protocol register -----------------------------------------------------------------------

    /** The sending of the practice was registered in the protocol register: it becomes Protocollata. */
    public void registered(@NotBlank String reference) {
        byReference(reference).registerInProtocol(clock.instant());
    }

    /**
     * The outcome letter was registered in the protocol register: the decided practice gets its
     * outcome, and the citizen and the colleagues are told as for any desk action.
     */
    public void releaseOutcome(@NotBlank String reference) {
        Practice practice = byReference(reference);
        practice.releaseOutcome(clock.instant());
        done.fire(new PracticeDeskEvent(practice.getReference(), DeskAction.Kind.OUTCOME_RELEASED, SYSTEM));
    }

    private Practice byReference(String reference) {
        return em.createNamedQuery(Practice.BY_REFERENCE, Practice.class).setParameter("reference", reference)
                .getResultStream().findFirst().orElseThrow(UnknownPracticeException::new);
    }

    // --- automatic assignment -------------------------------------------------------------------

    /**
     * Routes a just-sent practice to the office its service's rules name for the value of a
     * select or radio field; the first rule that matches wins. Called by the desk itself when a
     * practice is sent, in the sending's transaction: the practice arrives with its office.
     */
    public void route(@NotBlank String reference) {
        Practice practice = em.createNamedQuery(Practice.BY_REFERENCE, Practice.class).setParameter("reference", reference)
                .getResultStream().findFirst().orElse(null);
        if (practice == null || practice.getData() == null) {
            return;
        }
        List<ServiceRouting> rules = em.createNamedQuery(ServiceRouting.OF_SERVICE, ServiceRouting.class)
                .setParameter("service", practice.getService()).getResultList();
        if (rules.isEmpty()) {
            return;
        }
        FormData data = FormData.fromJson(FormDefinitions.parse(practice.getForm().getDefinition()), practice.getData());
        rules.stream().filter(rule -> rule.matches(rule.getFieldId(), data.get(rule.getFieldId()))).findFirst()
                .ifPresent(rule -> practice.route(rule.getOffice(), clock.instant()));
    }

    /**
     * Adds a routing rule of a service: practices whose select or radio field has the value go to
     * the office. For managers and administrators enabled for the service.
     */
    public ServiceRouting addRouting(@NotBlank String username, @NotBlank String serviceCode, @NotBlank String fieldId,
            @NotBlank String value, @NotBlank String officeCode) {
        StaffAccount who = operator(username);
        if (!who.isManager() && !who.getRoles().contains(StaffRole.ADMIN)) {
            throw new PracticeRefusedException("practice.desk.routing.not_manager");
        }
        Service service = service(who, serviceCode);
        FormDefinition definition = FormDefinitions.parse(currentForm(service).getDefinition());
        definition.field(fieldId).filter(f -> f.kind() == FieldKind.SELECT || f.kind() == FieldKind.RADIO)
                .filter(f -> f.option(value).isPresent())
                .orElseThrow(() -> new PracticeRefusedException("practice.desk.routing.field"));
        ServiceRouting rule = new ServiceRouting(service, fieldId, value, office(officeCode));
        em.persist(rule);
        return rule;
    }

    /** The routing rules of a service, in the order they are tried. */
    public List<ServiceRouting> routings(@NotBlank String username, @NotBlank String serviceCode) {
        Service service = service(operator(username), serviceCode);
        List<ServiceRouting> rules = em.createNamedQuery(ServiceRouting.OF_SERVICE, ServiceRouting.class)
                .setParameter("service", service).getResultList();
        rules.forEach(rule -> rule.getOffice().getName());
        return rules;
    }

    /** Removes a routing rule; practices it routed keep their office. For managers and administrators. */
    public void removeRouting(@NotBlank String username, @NotNull Long ruleId) {
        StaffAccount who = operator(username);
        if (!who.isManager() && !who.getRoles().contains(StaffRole.ADMIN)) {
            throw new PracticeRefusedException("practice.desk.routing.not_manager");
        }
        ServiceRouting rule = em.find(ServiceRouting.class, ruleId);
        if (rule != null && who.isEnabledFor(rule.getService())) {
            em.remove(rule);
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    private Practice notified(Practice practice, DeskAction.Kind kind, StaffAccount who) {
        done.fire(new PracticeDeskEvent(practice.getReference(), kind, who.getUsername()));
        return practice;
    }

    private StaffAccount operator(String username) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("practice.desk.operator.unknown"));
    }

    private Practice visible(StaffAccount who, String reference) {
        return em.createNamedQuery(Practice.BY_REFERENCE, Practice.class).setParameter("reference", reference)
                .getResultStream().filter(p -> who.isEnabledFor(p.getService()))
                .filter(p -> !p.isDraft() || p.getCreatedByOperator() != null).findFirst()
                .orElseThrow(UnknownPracticeException::new);
    }

    /** A service the operator is enabled for; any other is as unknown as a wrong code. */
    private Service service(StaffAccount who, String code) {
        return em.createNamedQuery(Service.BY_CODE, Service.class).setParameter("code", code).getResultStream()
                .filter(who::isEnabledFor).findFirst().orElseThrow(() -> new BusinessException("catalog.code.unknown", code));
    }

    private FormVersion currentForm(Service service) {
        return em.createNamedQuery(FormVersion.OF_SERVICE, FormVersion.class).setParameter("service", service)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new PracticeRefusedException("practice.service.closed"));
    }

    private Office office(String code) {
        return em.createNamedQuery(Office.BY_CODE, Office.class).setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("catalog.office.unknown", code));
    }

    private static Practice.PendingFile generated(String fileName, byte[] pdf) {
        return new Practice.PendingFile(UUID.randomUUID().toString(), fileName, FileType.PDF, pdf, Digests.sha256(pdf));
    }

    /** Files judged by their content, as the citizen's are. */
    private static List<Practice.PendingFile> pending(List<Upload> uploads, Set<FileType> allowed) {
        List<Practice.PendingFile> files = new ArrayList<>();
        for (Upload upload : uploads) {
            FileType type = PracticeWorkflow.checked(upload, allowed, PracticeWorkflow.MAX_FILE_SIZE);
            byte[] bytes = upload.bytes();
            files.add(new Practice.PendingFile(UUID.randomUUID().toString(), upload.fileName(), type, bytes,
                    Digests.sha256(bytes)));
        }
        return files;
    }
}
