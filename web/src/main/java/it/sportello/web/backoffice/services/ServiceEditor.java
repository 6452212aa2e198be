package it.sportello.web.backoffice.services;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import it.sportello.catalog.control.ServiceDescriptor;
import it.sportello.catalog.control.ServiceDescriptor.Card;
import it.sportello.catalog.control.ServiceDescriptor.Text;
import it.sportello.catalog.entity.AccessLevel;
import it.sportello.catalog.entity.Audience;
import it.sportello.catalog.entity.CardSection;
import it.sportello.catalog.entity.PaymentMode;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.ServiceStatus;
import it.sportello.catalog.entity.Workflow;
import it.sportello.platform.text.HttpUrl;

/**
 * What the service editor's inputs bind to: the descriptor of a service in mutable form, texts
 * as maps from language ({@code it}, {@code en}, {@code de}) to text so that one tab per
 * language can edit them.
 */
public class ServiceEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> LANGUAGES = List.of("it", "en", "de");

    private String code;
    private final Map<String, String> title = new HashMap<>();
    private final Map<String, String> summary = new HashMap<>();
    private final Map<String, Map<String, String>> card = new HashMap<>();
    private ServiceStatus status = ServiceStatus.AVAILABLE;
    private LocalDate scheduledFrom;
    private LocalDate scheduledUntil;
    private AccessLevel accessLevel = AccessLevel.SPID_L2;
    private PaymentMode paymentMode = PaymentMode.NONE;
    private Workflow workflow = Workflow.APPROVAL;

    @Min(value = 1, message = "{service.max_response_days.min}")
    @Max(value = Service.MAX_RESPONSE_DAYS, message = "{service.max_response_days.max}")
    private int maxResponseDays = 30;

    private String office;
    private List<String> categories = new ArrayList<>();
    private List<String> topics = new ArrayList<>();
    private List<String> audiences = new ArrayList<>();

    @Size(max = Service.URL_LENGTH, message = "{text.too_long}")
    @HttpUrl
    private String externalUrl;

    private String calendar;
    private boolean featured;
    private boolean withdrawalAllowed = true;

    public ServiceEditor() {
        for (CardSection section : CardSection.values()) {
            card.put(section.name(), new HashMap<>());
        }
    }

    public static ServiceEditor of(ServiceDescriptor descriptor) {
        ServiceEditor editor = new ServiceEditor();
        editor.code = descriptor.code();
        put(editor.title, descriptor.title());
        put(editor.summary, descriptor.summary());
        for (CardSection section : CardSection.values()) {
            put(
                    editor.card.get(section.name()),
                    descriptor.card() == null ? null : descriptor.card().section(section));
        }
        editor.status = descriptor.status();
        editor.scheduledFrom = descriptor.scheduledFrom();
        editor.scheduledUntil = descriptor.scheduledUntil();
        editor.accessLevel = descriptor.accessLevel();
        editor.paymentMode = descriptor.paymentMode();
        editor.workflow = descriptor.workflow();
        editor.maxResponseDays = descriptor.maxResponseDays();
        editor.office = descriptor.office();
        editor.categories = new ArrayList<>(descriptor.categories());
        editor.topics = new ArrayList<>(descriptor.topics());
        editor.audiences = new ArrayList<>(
                descriptor.audiences().stream().map(Audience::name).toList());
        editor.externalUrl = descriptor.externalUrl();
        editor.calendar = descriptor.calendar();
        editor.featured = descriptor.featured();
        editor.withdrawalAllowed = descriptor.allowsWithdrawal();
        return editor;
    }

    /** The descriptor to save; the form is not part of the card editor. */
    public ServiceDescriptor descriptor() {
        Card sections = new Card(
                text(CardSection.ADDRESSED_TO),
                text(CardSection.DESCRIPTION),
                text(CardSection.HOW_TO),
                text(CardSection.NEEDED),
                text(CardSection.ACHIEVED),
                text(CardSection.DEADLINES),
                text(CardSection.COSTS),
                text(CardSection.CONDITIONS));
        return new ServiceDescriptor(
                code,
                text(title),
                text(summary),
                status,
                scheduledFrom,
                scheduledUntil,
                accessLevel,
                paymentMode,
                workflow,
                maxResponseDays,
                office,
                List.copyOf(categories),
                List.copyOf(topics),
                audiences.stream().map(Audience::valueOf).toList(),
                externalUrl,
                calendar,
                featured,
                sections,
                null,
                withdrawalAllowed);
    }

    private Text text(CardSection section) {
        return text(card.get(section.name()));
    }

    private static Text text(Map<String, String> texts) {
        String italian = texts.get("it");
        return italian == null || italian.isBlank() ? null : new Text(italian, texts.get("en"), texts.get("de"));
    }

    private static void put(Map<String, String> texts, Text text) {
        if (text != null) {
            texts.put("it", text.it());
            texts.put("en", text.en());
            texts.put("de", text.de());
        }
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Map<String, String> getTitle() {
        return title;
    }

    public Map<String, String> getSummary() {
        return summary;
    }

    public Map<String, Map<String, String>> getCard() {
        return card;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public void setStatus(ServiceStatus status) {
        this.status = status;
    }

    public LocalDate getScheduledFrom() {
        return scheduledFrom;
    }

    public void setScheduledFrom(LocalDate scheduledFrom) {
        this.scheduledFrom = scheduledFrom;
    }

    public LocalDate getScheduledUntil() {
        return scheduledUntil;
    }

    public void setScheduledUntil(LocalDate scheduledUntil) {
        this.scheduledUntil = scheduledUntil;
    }

    public AccessLevel getAccessLevel() {
        return accessLevel;
    }

    public void setAccessLevel(AccessLevel accessLevel) {
        this.accessLevel = accessLevel;
    }

    public PaymentMode getPaymentMode() {
        return paymentMode;
    }

    public void setPaymentMode(PaymentMode paymentMode) {
        this.paymentMode = paymentMode;
    }

    public Workflow getWorkflow() {
        return workflow;
    }

    public void setWorkflow(Workflow workflow) {
        this.workflow = workflow;
    }

    public int getMaxResponseDays() {
        return maxResponseDays;
    }

    public void setMaxResponseDays(int maxResponseDays) {
        this.maxResponseDays = maxResponseDays;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics;
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<String> audiences) {
        this.audiences = audiences;
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public void setExternalUrl(String externalUrl) {
        this.externalUrl = externalUrl;
    }

    public String getCalendar() {
        return calendar;
    }

    public void setCalendar(String calendar) {
        this.calendar = calendar;
    }

    public boolean isWithdrawalAllowed() {
        return withdrawalAllowed;
    }

    public void setWithdrawalAllowed(boolean withdrawalAllowed) {
        this.withdrawalAllowed = withdrawalAllowed;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }
}
