package it.sportello.web.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.boundary.ServiceFilter;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.Topic;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /argomenti.xhtml}: every topic (argomento) of the catalog with the listed
 * services about it, the page the national model links to as "all topics".
 */
@Named
@RequestScoped
public class TopicsPage {

    @EJB
    Catalog catalog;

    @Inject
    LocaleSelection locale;

    private List<TopicServices> topics;

    /** A topic and its services, by title. */
    public record TopicServices(Topic topic, List<Service> services) {}

    public List<TopicServices> getTopics() {
        if (topics == null) {
            Locale reader = locale.getLocale();
            Map<String, List<Service>> byTopic = new HashMap<>();
            for (Service service : catalog.search(ServiceFilter.everything(), reader)) {
                service.getTopics()
                        .forEach(topic -> byTopic.computeIfAbsent(topic.getCode(), code -> new ArrayList<>())
                                .add(service));
            }
            Comparator<Service> byTitle =
                    Comparator.comparing(service -> service.getTitle().in(reader));
            topics = catalog.topics().stream()
                    .sorted(Comparator.comparing(topic -> topic.getName().in(reader)))
                    .map(topic -> new TopicServices(
                            topic,
                            byTopic.getOrDefault(topic.getCode(), List.of()).stream()
                                    .sorted(byTitle)
                                    .toList()))
                    .toList();
        }
        return topics;
    }
}
