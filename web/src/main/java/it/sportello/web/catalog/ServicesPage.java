package it.sportello.web.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.boundary.ServiceFilter;
import it.sportello.catalog.entity.Audience;
import it.sportello.catalog.entity.Category;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.Topic;
import it.sportello.practice.boundary.SentFigure;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /servizi/index.xhtml}: the public catalog with search and filters. The
 * filter travels in the address ({@code ?q=…&categoria=…&argomento=…&pubblico=…}), so a search
 * can be bookmarked and shared; an unknown value is ignored with a message, never an error page.
 */
@Named
@RequestScoped
public class ServicesPage {

    static final int MAX_TEXT_LENGTH = 200;

    @Inject
    SentFigure sentFigure;

    @EJB
    Catalog catalog;

    @Inject
    LocaleSelection locale;

    private String text;
    private String category;
    private String topic;
    private String audience;

    private List<Category> categories;
    private List<Topic> topics;
    private List<Service> results;
    private Category chosenCategory;

    /** Reads the filter from the address and runs the search. */
    public void load() {
        categories = catalog.categories();
        topics = catalog.topics();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH);
            Messages.addGlobalWarn("services.search.too_long", MAX_TEXT_LENGTH);
        }
        chosenCategory = known(
                category,
                categories.stream().filter(c -> c.getCode().equals(category)).findFirst());
        Topic chosenTopic = known(
                topic, topics.stream().filter(t -> t.getCode().equals(topic)).findFirst());
        Audience chosenAudience = known(
                audience,
                Arrays.stream(Audience.values())
                        .filter(a -> a.name().equals(audience))
                        .findFirst());
        category = chosenCategory == null ? null : category;
        topic = chosenTopic == null ? null : topic;
        audience = chosenAudience == null ? null : audience;
        results = catalog.search(new ServiceFilter(text, category, topic, chosenAudience), locale.getLocale());
    }

    private <T> T known(String code, Optional<T> found) {
        if (code != null && !code.isBlank() && found.isEmpty()) {
            Messages.addGlobalWarn("services.filter.unknown", code);
        }
        return found.orElse(null);
    }

    public boolean isFiltered() {
        return (text != null && !text.isBlank()) || category != null || topic != null || audience != null;
    }

    public long getPracticesSent() {
        return sentFigure.total();
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public List<Category> getCategories() {
        return categories;
    }

    public List<Topic> getTopics() {
        return topics;
    }

    public List<Service> getResults() {
        return results;
    }

    public Category getChosenCategory() {
        return chosenCategory;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }
}
