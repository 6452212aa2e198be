package it.sportello.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.booking.control.Holiday;
import it.sportello.booking.control.SlotState;
import it.sportello.booking.entity.AppointmentStatus;
import it.sportello.catalog.entity.CardSection;
import it.sportello.form.entity.FileType;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.jobs.boundary.BackgroundJob;
import it.sportello.payment.entity.PaymentChannel;
import it.sportello.practice.boundary.WorkQueue;
import it.sportello.practice.control.LastChange;
import it.sportello.practice.control.PracticeCsv;
import it.sportello.practice.entity.Actor;
import it.sportello.practice.entity.Audience;
import it.sportello.practice.entity.BodyFormat;
import it.sportello.practice.entity.DelegationPart;
import it.sportello.practice.entity.DeskAction;
import it.sportello.practice.entity.IntegrationRequest;
import it.sportello.practice.entity.Outcome;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeNotice;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.practice.entity.Priority;
import it.sportello.protocol.entity.Direction;
import it.sportello.rating.entity.RatingAnswer;

/**
 * Every value of every enum people read — all those of the {@code it.sportello.*.entity} packages
 * but the few that never reach a page, a file or a mail, and the shown ones of other packages —
 * has its label in Italian, English and German in each bundle that shows it. A missing label
 * would show the code ("PAYMENT_REGISTERED"), a label with a placeholder the placeholder, and
 * two values with one label would read as one ("Servizio attivo" twice in a menu).
 */
class EnumLabelsTest {

    private static final String PAGES = "it.sportello.web.i18n.messages";
    private static final String DESK = "it.sportello.practice.control.desk";

    /** Enums of the entity packages that nobody reads: how a row is stored or who did what, said otherwise. */
    private static final Set<Class<?>> NEVER_SHOWN = Set.of(
            Actor.class, // the iter names people, not the kind of actor
            Audience.class, // whom a registered payment's reason is for: the operator's tick box says it
            BodyFormat.class, // how a message is stored
            DelegationPart.class, // where a refusal is said, next to the part's own field
            FileType.class, // files are named by their extensions, as people know them
            PracticeNotice.Kind.class, // which job notice was sent, for sending it once
            IntegrationRequest.Resolution.class); // the page says it with the request's own texts

    /**
     * Enums shown in groups, where one label may come back in another group: the page rating's
     * positive and negative questions each end with "Altro", as the national model writes them.
     */
    private static final Set<Class<?>> GROUPED = Set.of(RatingAnswer.class);

    /** Shown enums outside the entity packages. */
    private static final List<Class<? extends Enum<?>>> SHOWN_ELSEWHERE = List.of(
            WorkQueue.class,
            LastChange.class,
            PracticeCsv.Aggregate.class,
            BackgroundJob.class,
            SlotState.class,
            Holiday.class);

    /** Where an enum's labels are, when not (only) in the pages' bundle under its own name. */
    private static final Map<Class<?>, List<Labels>> WHERE = Map.ofEntries(
            Map.entry(
                    PracticeStatus.class,
                    List.of(Labels.of(PAGES, "PracticeStatus."), Labels.of(DESK, "PracticeStatus."))),
            Map.entry(Priority.class, List.of(Labels.of(PAGES, "Priority."), Labels.of(DESK, "Priority."))),
            Map.entry(AuthMethod.class, List.of(Labels.of(PAGES, "AuthMethod."), Labels.of(DESK, "AuthMethod."))),
            Map.entry(
                    AppointmentStatus.class,
                    List.of(
                            Labels.of(PAGES, "AppointmentStatus."),
                            Labels.of("it.sportello.booking.control.texts", "AppointmentStatus."))),
            Map.entry(
                    Direction.class,
                    List.of(
                            Labels.of(PAGES, "Direction."),
                            Labels.of("it.sportello.protocol.boundary.protocol", "direction."))),
            Map.entry(
                    DeskAction.Kind.class,
                    List.of(
                            new Labels(DESK, "DeskAction.Kind.", true),
                            Labels.of("it.sportello.practice.boundary.desk-mails", "action."))),
            Map.entry(Outcome.class, List.of(Labels.of(DESK, "Outcome."))),
            Map.entry(
                    PaymentChannel.class,
                    List.of(Labels.of("it.sportello.payment.control.notice", "receipt.channel."))),
            Map.entry(CardSection.class, List.of(Labels.of(PAGES, "service_edit.section."))),
            Map.entry(SlotState.class, List.of(Labels.of(PAGES, "booking.slot."))),
            Map.entry(PracticeCsv.Aggregate.class, List.of(Labels.of(PAGES, "Aggregate."))));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*\\d");

    /** A bundle and the prefix of an enum's keys in it; iter texts say what an action was about, with a placeholder. */
    record Labels(String bundle, String prefix, boolean placeholders) {

        static Labels of(String bundle, String prefix) {
            return new Labels(bundle, prefix, false);
        }
    }

    @Test
    void theEntityPackagesAreScannedWhole() throws Exception {
        assertThat(shownEnums())
                .contains(PracticeStatus.class, DeskAction.Kind.class, AppointmentStatus.class, CardSection.class)
                .doesNotContain(Actor.class);
        assertThat(entityEnums()).containsAll(NEVER_SHOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "en", "de"})
    void everyValueHasItsOwnLabelInEveryBundleThatShowsIt(String language) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : shownEnums()) {
            for (Labels labels : WHERE.getOrDefault(type, List.of(Labels.of(PAGES, name(type) + ".")))) {
                Properties texts = load(labels.bundle(), language);
                Map<String, String> seen = new HashMap<>();
                for (Object value : type.getEnumConstants()) {
                    String key = labels.prefix() + ((Enum<?>) value).name();
                    String text = texts.getProperty(key);
                    if (text == null || text.isBlank()) {
                        problems.add(labels.bundle() + " " + language + ": no " + key);
                        continue;
                    }
                    if (!labels.placeholders() && PLACEHOLDER.matcher(text).find()) {
                        problems.add(labels.bundle() + " " + language + ": " + key + " is not a plain label: " + text);
                    }
                    String other = GROUPED.contains(type) ? null : seen.put(text, key);
                    if (other != null) {
                        problems.add(labels.bundle() + " " + language + ": " + key + " and " + other + " both read \""
                                + text + "\"");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** "PracticeStatus", "DeskAction.Kind": the enum's name as bundle keys spell it. */
    private static String name(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }

    private static List<Class<?>> shownEnums() throws Exception {
        List<Class<?>> shown = new ArrayList<>(entityEnums());
        shown.removeAll(NEVER_SHOWN);
        shown.addAll(SHOWN_ELSEWHERE);
        return shown;
    }

    /** Every enum declared in an it.sportello.*.entity package of the EJB module. */
    static List<Class<?>> entityEnums() throws Exception {
        List<Class<?>> enums = new ArrayList<>();
        for (String name : classNames(Practice.class)) {
            if (name.matches("it\\.sportello\\.[a-z]+\\.entity\\.[A-Za-z0-9$]+")) {
                Class<?> type = Class.forName(name, false, Practice.class.getClassLoader());
                if (type.isEnum()) {
                    enums.add(type);
                }
            }
        }
        return enums;
    }

    /** The names of all classes where the given one was loaded from: a directory or a jar. */
    static Collection<String> classNames(Class<?> from) throws IOException, URISyntaxException {
        Path where =
                Path.of(from.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(where)) {
            try (Stream<Path> files = Files.walk(where)) {
                files.map(where::relativize)
                        .map(Path::toString)
                        .filter(file -> file.endsWith(".class"))
                        .forEach(file -> names.add(className(file.replace('\\', '/'))));
            }
        } else {
            try (JarFile jar = new JarFile(where.toFile())) {
                jar.stream()
                        .map(entry -> entry.getName())
                        .filter(file -> file.endsWith(".class"))
                        .forEach(file -> names.add(className(file)));
            }
        }
        return names;
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.');
    }

    /** The bundle's own file for the language: the Italian base file for Italian. */
    static Properties load(String bundle, String language) throws IOException {
        String file = "/" + bundle.replace('.', '/') + ("it".equals(language) ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = EnumLabelsTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
