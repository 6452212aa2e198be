package it.sportello.catalog.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import it.sportello.platform.BusinessException;
import it.sportello.platform.i18n.LocalizedText;
import it.sportello.platform.text.HttpUrl;
import it.sportello.platform.text.HttpUrlValidator;

/**
 * A municipal service of the catalog: what its public card says, who may start it and how, and
 * where it sits in the catalog. The form citizens fill is versioned apart
 * ({@code FormVersion}), so editing a service never touches practices already sent.
 */
@Entity
@Table(name = "service")
// The catalog pages read every collection of every service: load each collection for all services
// in one query (EclipseLink's batch reading; other providers ignore the hints) instead of one per service.
@NamedQuery(
        name = Service.ALL,
        query = "SELECT s FROM Service s ORDER BY s.title.it",
        hints = {
            @QueryHint(name = "eclipselink.batch.type", value = "IN"),
            @QueryHint(name = "eclipselink.batch", value = "s.categories"),
            @QueryHint(name = "eclipselink.batch", value = "s.topics"),
            @QueryHint(name = "eclipselink.batch", value = "s.audiences"),
            @QueryHint(name = "eclipselink.batch", value = "s.card"),
            @QueryHint(name = "eclipselink.batch", value = "s.office")
        })
@NamedQuery(name = Service.BY_CODE, query = "SELECT s FROM Service s WHERE s.code = :code")
public class Service {

    public static final String ALL = "Service.all";
    public static final String BY_CODE = "Service.byCode";

    public static final int TITLE_LENGTH = 255;
    public static final int SUMMARY_LENGTH = 1000;
    public static final int CARD_TEXT_LENGTH = 20000;
    public static final int URL_LENGTH = 500;
    public static final int MAX_RESPONSE_DAYS = 365;

    @Id
    @SequenceGenerator(name = "service_seq", sequenceName = "service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_seq")
    private Long id;

    @NotNull
    @Size(max = Category.CODE_LENGTH)
    @Pattern(regexp = Category.CODE_PATTERN)
    @Column(nullable = false, unique = true, length = Category.CODE_LENGTH, updatable = false)
    private String code;

    @NotNull
    @Embedded
    @AttributeOverride(name = "it", column = @Column(name = "title_it", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "de", column = @Column(name = "title_de"))
    private LocalizedText title;

    @NotNull
    @Embedded
    @AttributeOverride(name = "it", column = @Column(name = "summary_it", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
    @AttributeOverride(name = "de", column = @Column(name = "summary_de"))
    private LocalizedText summary;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceStatus status = ServiceStatus.AVAILABLE;

    @Column(name = "scheduled_from")
    private LocalDate scheduledFrom;

    @Column(name = "scheduled_until")
    private LocalDate scheduledUntil;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "access_level", nullable = false)
    private AccessLevel accessLevel = AccessLevel.SPID_L2;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_mode", nullable = false)
    private PaymentMode paymentMode = PaymentMode.NONE;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Workflow workflow = Workflow.APPROVAL;

    @Positive
    @Max(MAX_RESPONSE_DAYS)
    @Column(name = "max_response_days", nullable = false)
    private int maxResponseDays = 30;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private Office office;

    /** The first category is the main one: the breadcrumb and the catalog group show it. */
    @ManyToMany
    @JoinTable(
            name = "service_category",
            joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    @OrderColumn(name = "position")
    private List<Category> categories = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "service_topic",
            joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "service_audience", joinColumns = @JoinColumn(name = "service_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "audience")
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    @ElementCollection
    @CollectionTable(name = "service_card_section", joinColumns = @JoinColumn(name = "service_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "section")
    @AttributeOverride(name = "value.it", column = @Column(name = "text_it", nullable = false))
    @AttributeOverride(name = "value.en", column = @Column(name = "text_en"))
    @AttributeOverride(name = "value.de", column = @Column(name = "text_de"))
    private Map<CardSection, LocalizedText> card = new HashMap<>();

    /** For services handled on another site (e.g. the national register for a change of residence). */
    @Size(max = URL_LENGTH)
    @HttpUrl
    @Column(name = "external_url", length = URL_LENGTH)
    private String externalUrl;

    /** The calendar that books appointments for this service, by its stable code. */
    @Size(max = Category.CODE_LENGTH)
    @Pattern(regexp = Category.CODE_PATTERN)
    @Column(name = "calendar_code", length = Category.CODE_LENGTH)
    private String calendarCode;

    @Column(nullable = false)
    private boolean featured;

    /** Whether citizens may withdraw a sent practice ("Ritira pratica"). */
    @Column(name = "withdrawal_allowed", nullable = false)
    private boolean withdrawalAllowed = true;

    @Version
    private int version;

    protected Service() {
        // for JPA
    }

    public Service(String code, LocalizedText title, LocalizedText summary) {
        this.code = code;
        describe(title, summary);
    }

    public final void describe(LocalizedText title, LocalizedText summary) {
        this.title = title;
        this.summary = summary;
    }

    /**
     * Sets when and how the service can be started. A scheduled service needs the dates of its
     * window, in order.
     */
    public void configure(
            ServiceStatus status,
            LocalDate scheduledFrom,
            LocalDate scheduledUntil,
            AccessLevel accessLevel,
            PaymentMode paymentMode,
            Workflow workflow,
            int maxResponseDays) {
        if (status == ServiceStatus.SCHEDULED && (scheduledFrom == null || scheduledUntil == null)) {
            throw new BusinessException("service.scheduled.dates_required");
        }
        if (scheduledFrom != null && scheduledUntil != null && scheduledUntil.isBefore(scheduledFrom)) {
            throw new BusinessException("service.scheduled.dates_order");
        }
        this.status = status;
        this.scheduledFrom = status == ServiceStatus.SCHEDULED ? scheduledFrom : null;
        this.scheduledUntil = status == ServiceStatus.SCHEDULED ? scheduledUntil : null;
        this.accessLevel = accessLevel;
        this.paymentMode = paymentMode;
        this.workflow = workflow;
        this.maxResponseDays = maxResponseDays;
    }

    public void classify(List<Category> categories, Collection<Topic> topics, Collection<Audience> audiences) {
        if (categories.isEmpty()) {
            throw new BusinessException("service.category.required");
        }
        this.categories = new ArrayList<>(new LinkedHashSet<>(categories));
        this.topics = new LinkedHashSet<>(topics);
        this.audiences = audiences.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(audiences);
    }

    public void entrust(Office office) {
        this.office = office;
    }

    /**
     * Where citizens go besides the online form: another site (an absolute {@code http(s)}
     * address), a booking calendar.
     */
    public void link(String externalUrl, String calendarCode, boolean featured) {
        String url = blankToNull(externalUrl);
        if (url != null && (url.length() > URL_LENGTH || !HttpUrlValidator.isHttpUrl(url))) {
            throw new BusinessException("service.external_url.invalid");
        }
        this.externalUrl = url;
        this.calendarCode = blankToNull(calendarCode);
        this.featured = featured;
    }

    /** Writes one section of the card; an empty text removes it. */
    public void writeCard(CardSection section, LocalizedText text) {
        if (text == null) {
            card.remove(section);
        } else {
            card.put(section, text);
        }
    }

    /** Whether a citizen can start a request today: available, or scheduled and inside its window. */
    public boolean acceptsRequestsOn(LocalDate day) {
        return switch (status) {
            case AVAILABLE, PRIVATE -> true;
            case SUSPENDED -> false;
            case SCHEDULED -> !day.isBefore(scheduledFrom) && !day.isAfter(scheduledUntil);
        };
    }

    /** Private services are reachable by their address but not listed in the catalog. */
    public boolean isListed() {
        return status != ServiceStatus.PRIVATE;
    }

    /** Handled on another site: the card links there instead of starting a practice here. */
    public boolean isExternal() {
        return externalUrl != null;
    }

    public boolean isBookable() {
        return calendarCode != null;
    }

    public void allowWithdrawal(boolean allowed) {
        this.withdrawalAllowed = allowed;
    }

    public Optional<Category> mainCategory() {
        return categories.stream().findFirst();
    }

    public Optional<LocalizedText> card(CardSection section) {
        return Optional.ofNullable(card.get(section));
    }

    public Map<CardSection, LocalizedText> getCard() {
        EnumMap<CardSection, LocalizedText> sections = new EnumMap<>(CardSection.class);
        sections.putAll(card);
        return sections;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    /** Changes at every update: what was derived from an older version is out of date. */
    public int getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public LocalDate getScheduledFrom() {
        return scheduledFrom;
    }

    public LocalDate getScheduledUntil() {
        return scheduledUntil;
    }

    public AccessLevel getAccessLevel() {
        return accessLevel;
    }

    public PaymentMode getPaymentMode() {
        return paymentMode;
    }

    public Workflow getWorkflow() {
        return workflow;
    }

    public int getMaxResponseDays() {
        return maxResponseDays;
    }

    public Office getOffice() {
        return office;
    }

    public List<Category> getCategories() {
        return List.copyOf(categories);
    }

    public List<Topic> getTopics() {
        return List.copyOf(topics);
    }

    public Set<Audience> getAudiences() {
        return audiences.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(audiences);
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public String getCalendarCode() {
        return calendarCode;
    }

    public boolean isWithdrawalAllowed() {
        return withdrawalAllowed;
    }

    public boolean isFeatured() {
        return featured;
    }
}
