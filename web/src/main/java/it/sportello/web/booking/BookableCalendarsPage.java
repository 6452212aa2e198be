package it.sportello.web.booking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.entity.Calendar;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /prenotazioni/index.xhtml[?calendario=<code>]}: the tree of bookable
 * resources, calendars grouped by their office, the one asked for (from a service card) open.
 */
@Named
@RequestScoped
public class BookableCalendarsPage {

    @EJB
    Bookings bookings;

    @Inject
    LocaleSelection locale;

    private String selected;
    private Map<String, List<Calendar>> byOffice;

    /** Calendars by the name of their office, offices in alphabetical order. */
    public Map<String, List<Calendar>> getByOffice() {
        if (byOffice == null) {
            byOffice = new LinkedHashMap<>();
            bookings.bookable().stream()
                    .sorted(java.util.Comparator.comparing(this::officeName)
                            .thenComparing(c -> c.getTitle().in(locale.getLocale())))
                    .forEach(c -> byOffice.computeIfAbsent(officeName(c), k -> new java.util.ArrayList<>())
                            .add(c));
        }
        return byOffice;
    }

    public List<String> getOffices() {
        return List.copyOf(getByOffice().keySet());
    }

    private String officeName(Calendar calendar) {
        return calendar.getOffice() == null
                ? ""
                : calendar.getOffice().getName().in(locale.getLocale());
    }

    /** Whether an office's branch is open: it holds the calendar asked for, or it is the only one. */
    public boolean isOpen(String office) {
        return getByOffice().size() == 1
                || getByOffice().get(office).stream().anyMatch(c -> c.getCode().equals(selected));
    }

    /** A map search of the place, for the "map" link. */
    public String mapLink(Calendar calendar) {
        return "https://www.openstreetmap.org/search?query="
                + java.net.URLEncoder.encode(calendar.getPlace(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }
}
