package it.sportello.web.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.entity.Calendar;
import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.CardSection;
import it.sportello.catalog.entity.Service;
import it.sportello.form.boundary.Forms;
import it.sportello.municipality.Municipality;
import it.sportello.platform.links.PublicLinks;
import it.sportello.platform.links.PublicPage;
import it.sportello.platform.text.TextBlock;
import it.sportello.web.citizen.CurrentCitizen;
import it.sportello.web.i18n.BundleMessages;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /servizi/scheda.xhtml?servizio=<code>}: the public card of one service
 * in the order of the national model, readable without login. An unknown code is a 404.
 */
@Named
@RequestScoped
public class ServiceCardPage {

    /** Where a citizen fills a service's form online. */
    static final String START_PATH = "/servizi/compila.xhtml";

    /** Where a citizen books an appointment on a calendar. */
    static final String BOOKING_PATH = "/prenotazioni/index.xhtml";

    /** The week of a calendar, where the slots are chosen. */
    static final String WEEK_PATH = "/prenotazioni/settimana.xhtml";

    @EJB
    Catalog catalog;

    @EJB
    Forms forms;

    @EJB
    Bookings bookings;

    @Inject
    LocaleSelection locale;

    @Inject
    CurrentCitizen citizen;

    @Inject
    Clock clock;

    @Inject
    Municipality municipality;

    @Inject
    PublicLinks links;

    private String code;
    private Service service;
    private boolean hasForm;
    private String bookingCalendar;

    public void load() {
        service = code == null ? null : catalog.service(code).orElse(null);
        if (service == null) {
            Faces.responseSendError(404, "");
            return;
        }
        hasForm = forms.current(code).isPresent();
        bookingCalendar = bookings.calendarFor(service).map(Calendar::getCode).orElse(null);
    }

    /** The paragraphs and lists of one card section, in the reader's language. */
    public List<TextBlock> blocks(String section) {
        return service.card(CardSection.valueOf(section))
                .map(text -> TextBlock.parse(text.in(locale.getLocale())))
                .orElse(List.of());
    }

    public boolean has(String section) {
        return service.card(CardSection.valueOf(section)).isPresent();
    }

    /** Whether a citizen can fill the form here today. */
    public boolean isOnline() {
        return !service.isExternal() && hasForm && service.acceptsRequestsOn(LocalDate.now(clock));
    }

    /** The start link: straight to the form, or through the login page when the service needs one. */
    public String getStartPath() {
        String start = START_PATH + "?servizio=" + service.getCode();
        if (service.getAccessLevel().requiresLogin() && !citizen.isLoggedIn()) {
            return "/accedi.xhtml?torna=" + URLEncoder.encode(start, StandardCharsets.UTF_8);
        }
        return start;
    }

    /** Whether the service has a form, which can then be downloaded blank. */
    public boolean isHasForm() {
        return hasForm;
    }

    /** Whether an appointment can be booked for the service ({@link Bookings#calendarFor}). */
    public boolean isBookable() {
        return bookingCalendar != null;
    }

    /** The service's calendar among the bookable ones, or the general desk's week naming the service. */
    public String getBookingPath() {
        return service.isBookable()
                ? BOOKING_PATH + "?calendario=" + bookingCalendar
                : WEEK_PATH + "?calendario=" + bookingCalendar + "&servizio=" + service.getCode();
    }

    /** The card's schema.org description (JSON-LD), for the {@code metatag} script. */
    public String getMetatag() {
        Locale reader = locale.getLocale();
        return ServiceMetatag.of(
                service,
                reader,
                municipality.getName(),
                municipality.comune(),
                links.link(PublicPage.SERVICE_CARD, service.getCode()),
                key -> BundleMessages.text(reader, key));
    }

    public Service getService() {
        return service;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
