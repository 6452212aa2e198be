package it.sportello.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.booking.entity.Calendar;
import it.sportello.booking.entity.OpeningHours;
import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.control.ServiceDescriptor;
import it.sportello.catalog.control.ServiceWriter;
import it.sportello.catalog.entity.Category;
import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.Topic;
import it.sportello.form.control.FormPublication;
import it.sportello.identity.control.StaffAccounts;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;
import it.sportello.platform.i18n.LocalizedText;
import it.sportello.platform.logging.Logs;
import it.sportello.territory.entity.Area;

/**
 * Fills the fictional "Comune di Bugliano" on the first start of an empty database, so that the
 * embedded setup shows a working desk at once: the catalog, and one staff account per role with
 * the passwords the README lists. At startup nobody is logged in, so the boundaries' roles would
 * refuse it: it writes through the controls those boundaries use (a service saved from its
 * descriptor, a form published, a staff account with its password), and stores the plain entities
 * (categories, topics, offices, areas, calendars) itself. Off when
 * {@code sportello.demo.enabled=false}, as it should be in production.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    /** Who publishes the demo forms, as the form history shows it. */
    static final String DEMO_PUBLISHER = "demo";

    /** The demo administrator: without the demo staff (a database it was removed from) no demo calendars are loaded. */
    static final String DEMO_ADMIN = "admin";

    private static final Logger LOG = Logs.of(DemoData.class);

    @Inject
    @ConfigProperty(name = "sportello.demo.enabled")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @EJB
    Catalog catalog;

    @Inject
    ServiceWriter services;

    @Inject
    FormPublication forms;

    @Inject
    StaffAccounts staff;

    @Inject
    Clock clock;

    @PostConstruct
    void loadOnFirstStart() {
        if (!enabled) {
            return;
        }
        loadCatalog();
        loadAreas();
        DemoStaff demoStaff = DemoResources.read("staff.json", DemoStaff.class);
        for (DemoAccount account : demoStaff.accounts()) {
            if (staff.find(account.username()).isEmpty()) {
                StaffAccount created = staff.create(
                        new StaffAccount(account.username(), account.displayName(), account.email(), account.roles()));
                staff.setPassword(created, account.password().toCharArray());
                staff.assign(created, nullToEmpty(account.offices()), nullToEmpty(account.services()));
                LOG.info(() -> "Demo staff account created: " + account.username() + " " + account.roles());
            }
        }
        loadCalendars();
    }

    /** The fictional municipality's geographic areas, with the streets and postcodes of each. */
    private void loadAreas() {
        if (hasAny(Area.ALL)) {
            return;
        }
        int position = 0;
        for (DemoArea demo :
                DemoResources.read("areas.json", DemoAreaList.class).areas()) {
            Area area = new Area(demo.code(), demo.name(), position++, demo.comuneCode());
            nullToEmpty(demo.streets()).forEach(area::street);
            nullToEmpty(demo.postcodes()).forEach(area::postcode);
            em.persist(area);
        }
        LOG.info("Demo areas loaded");
    }

    /** The bookable calendars the demo services link to, open on weekdays from today for a year. */
    private void loadCalendars() {
        if (hasAny(Calendar.ALL) || staff.find(DEMO_ADMIN).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (DemoCalendar demo :
                DemoResources.read("calendars.json", DemoCalendarList.class).calendars()) {
            Office office = catalog.offices().stream()
                    .filter(o -> o.getCode().equals(demo.office()))
                    .findFirst()
                    .orElse(null);
            Calendar calendar = new Calendar(demo.code(), demo.title().text(), office);
            calendar.describe(demo.description().text(), demo.place(), demo.contactEmail(), demo.documentsToBring());
            calendar.bookingWindow(demo.noticeHours(), demo.daysAhead());
            calendar.policy(demo.holdMinutes(), demo.cancelDaysBefore(), demo.moderated(), demo.anonymousAllowed());
            calendar.setPracticeOnly(demo.practiceOnly());
            calendar.limits(demo.maxPerDay(), demo.maxPerWeek(), null, null);
            for (DemoHours hours : demo.openingHours()) {
                calendar.open(new OpeningHours(
                        hours.name(),
                        today,
                        today.plusYears(1),
                        hours.weekdays().stream().map(DayOfWeek::of).collect(Collectors.toSet()),
                        LocalTime.parse(hours.open()),
                        LocalTime.parse(hours.close()),
                        hours.parallel(),
                        hours.lengthMinutes(),
                        hours.intervalMinutes()));
            }
            if (demo.owner() != null) {
                calendar.ownedBy(account(demo.owner()));
            }
            demo.operators().forEach(operator -> calendar.enable(account(operator)));
            em.persist(calendar);
        }
        LOG.info("Demo calendars loaded");
    }

    /**
     * Each part of the catalog is loaded when it is still empty, so that a demo database made by
     * an earlier version gets what that version did not have, and nothing is loaded twice.
     */
    private void loadCatalog() {
        DemoCatalog demo = DemoResources.read("catalog.json", DemoCatalog.class);
        if (catalog.isEmpty()) {
            int position = 0;
            for (DemoCategory category : demo.categories()) {
                em.persist(new Category(
                        category.code(),
                        position++,
                        category.name().text(),
                        category.description().text()));
            }
        }
        if (catalog.topics().isEmpty()) {
            for (DemoTopic topic : nullToEmpty(demo.topics())) {
                em.persist(new Topic(topic.code(), topic.name().text()));
            }
        }
        if (catalog.offices().isEmpty()) {
            for (DemoOffice office : nullToEmpty(demo.offices())) {
                Office created = new Office(office.code(), office.name().text());
                created.contacts(
                        office.address(),
                        office.phone(),
                        office.email(),
                        office.pec(),
                        office.openingHours() == null
                                ? null
                                : office.openingHours().text());
                em.persist(created);
            }
        }
        if (!hasAny(Service.ALL)) {
            List<String> codes = DemoResources.lines("services/index.txt");
            for (String code : codes) {
                services.save(DemoResources.read("services/" + code + ".json", ServiceDescriptor.class));
                DemoResources.text("forms/" + code + ".json")
                        .ifPresent(form -> forms.publish(code, form, DEMO_PUBLISHER));
            }
            LOG.info(() -> "Demo catalog loaded: " + codes.size() + " services");
        }
    }

    /** A demo staff account, as a demo calendar names its owner and operators. */
    private StaffAccount account(String username) {
        return staff.find(username).orElseThrow(() -> new IllegalStateException("No demo staff account " + username));
    }

    /** Whether the named query, which lists the entities of a kind, finds any. */
    private boolean hasAny(String query) {
        return !em.createNamedQuery(query).setMaxResults(1).getResultList().isEmpty();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public record DemoAreaList(List<DemoArea> areas) {}

    public record DemoArea(String code, String name, String comuneCode, List<String> streets, List<String> postcodes) {}

    public record DemoCalendarList(List<DemoCalendar> calendars) {}

    public record DemoCalendar(
            String code,
            DemoText title,
            String office,
            DemoText description,
            String place,
            String contactEmail,
            String documentsToBring,
            int noticeHours,
            int daysAhead,
            int holdMinutes,
            int cancelDaysBefore,
            boolean moderated,
            boolean anonymousAllowed,
            boolean practiceOnly,
            Integer maxPerDay,
            Integer maxPerWeek,
            String owner,
            List<String> operators,
            List<DemoHours> openingHours) {}

    public record DemoHours(
            String name,
            List<Integer> weekdays,
            String open,
            String close,
            int parallel,
            int lengthMinutes,
            int intervalMinutes) {}

    public record DemoStaff(List<DemoAccount> accounts) {}

    public record DemoAccount(
            String username,
            String displayName,
            String email,
            Set<StaffRole> roles,
            String password,
            List<String> offices,
            List<String> services) {}

    public record DemoCatalog(List<DemoCategory> categories, List<DemoTopic> topics, List<DemoOffice> offices) {}

    public record DemoTopic(String code, DemoText name) {}

    public record DemoOffice(
            String code,
            DemoText name,
            String address,
            String phone,
            String email,
            String pec,
            DemoText openingHours) {}

    public record DemoCategory(String code, DemoText name, DemoText description) {}

    public record DemoText(String it, String en, String de) {
        LocalizedText text() {
            return new LocalizedText(it, en, de);
        }
    }
}
