package it.sportello.catalog.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import it.sportello.catalog.entity.CardSection;
import it.sportello.catalog.entity.Category;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.Topic;
import it.sportello.platform.i18n.LocalizedText;

/**
 * Full-text search over the catalog, the way citizens type: case and accents do not matter
 * ("citta" finds "città"), a word may be cut short ("carrab" finds "carrabile"), every word must
 * appear somewhere, and a hit in the title counts more than one in the card. Texts are read in
 * Italian and in the reader's language.
 *
 * <p>A municipal catalog holds tens to a few hundred services, so ranking in memory over the
 * listed services keeps the search identical on every database.
 */
public final class ServiceSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    static final int TITLE_WEIGHT = 10;
    static final int SUMMARY_WEIGHT = 4;
    static final int CLASSIFICATION_WEIGHT = 3;
    static final int CARD_WEIGHT = 1;

    private final List<String> words;
    private final Locale locale;

    public ServiceSearch(String text, Locale locale) {
        this.words = words(text == null ? "" : text);
        this.locale = locale;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The services where every word occurs, best first; all of them, in order, when no words were typed. */
    public List<Service> rank(List<Service> services) {
        if (words.isEmpty()) {
            return services;
        }
        record Hit(Service service, int score) {}
        List<Hit> hits = new ArrayList<>();
        for (Service service : services) {
            int score = score(service);
            if (score > 0) {
                hits.add(new Hit(service, score));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::score)
                .reversed()
                .thenComparing(hit -> normalize(hit.service().getTitle().in(locale)))
                .thenComparing(hit -> hit.service().getCode()));
        return hits.stream().map(Hit::service).toList();
    }

    int score(Service service) {
        List<Field> fields = fields(service);
        int total = 0;
        for (String word : words) {
            int best = 0;
            for (Field field : fields) {
                best += field.matches(word) ? field.weight() : 0;
            }
            if (best == 0) {
                return 0;
            }
            total += best;
        }
        return total;
    }

    /**
     * The searchable words of a service in this reader's language. Normalising every card at every
     * search was most of a search's cost, so they are kept per service, language and entity
     * version: an edited service has a new version and is read again, on every node of a cluster.
     */
    private List<Field> fields(Service service) {
        if (service.getId() == null) {
            return read(service);
        }
        if (INDEX.size() > MAX_INDEXED) {
            INDEX.clear();
        }
        return INDEX.computeIfAbsent(
                new Key(service.getId(), service.getVersion(), locale.getLanguage()), key -> read(service));
    }

    private List<Field> read(Service service) {
        return List.of(
                new Field(TITLE_WEIGHT, words(texts(service.getTitle()))),
                new Field(SUMMARY_WEIGHT, words(texts(service.getSummary()))),
                new Field(CLASSIFICATION_WEIGHT, words(classification(service))),
                new Field(CARD_WEIGHT, words(card(service))));
    }

    private record Key(Long service, int version, String language) {}

    private static final int MAX_INDEXED = 10_000;
    private static final java.util.Map<Key, List<Field>> INDEX = new java.util.concurrent.ConcurrentHashMap<>();

    private String classification(Service service) {
        StringBuilder text = new StringBuilder();
        service.getCategories().stream()
                .map(Category::getName)
                .map(this::texts)
                .forEach(t -> text.append(' ').append(t));
        service.getTopics().stream()
                .map(Topic::getName)
                .map(this::texts)
                .forEach(t -> text.append(' ').append(t));
        return text.toString();
    }

    private String card(Service service) {
        StringBuilder text = new StringBuilder();
        for (CardSection section : CardSection.values()) {
            service.card(section)
                    .map(this::texts)
                    .ifPresent(t -> text.append(' ').append(t));
        }
        return text.toString();
    }

    private String texts(LocalizedText text) {
        String italian = text.italian();
        String translated = text.in(locale);
        return italian.equals(translated) ? italian : italian + ' ' + translated;
    }

    /** Lower case, without accents, split on anything that is not a letter or digit. */
    static List<String> words(String text) {
        String normalized = normalize(text);
        return normalized.isBlank()
                ? List.of()
                : Arrays.stream(NON_WORD.split(normalized))
                        .filter(w -> !w.isEmpty())
                        .toList();
    }

    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private record Field(int weight, List<String> words) {
        Field {
            words = words.stream().distinct().toList();
        }

        boolean matches(String word) {
            return words.stream().anyMatch(w -> w.startsWith(word));
        }
    }
}
