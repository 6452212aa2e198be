package it.sportello.booking.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import it.sportello.booking.entity.Appointment;

/**
 * "Add to calendar" links of the web calendars that take an event in their address (Google,
 * Outlook, Yahoo), with the times in UTC, in the formats each of them documents.
 */
public record CalendarLinks(String google, String outlook, String yahoo) {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    public static CalendarLinks of(Appointment appointment, String title, String details, ZoneId zone) {
        var start = appointment.getStartsAt().atZone(zone).withZoneSameInstant(ZoneOffset.UTC);
        var end = appointment.getEndsAt().atZone(zone).withZoneSameInstant(ZoneOffset.UTC);
        String place = appointment.getCalendar().getPlace() == null
                ? ""
                : appointment.getCalendar().getPlace();
        String google = "https://calendar.google.com/calendar/render?action=TEMPLATE&text=" + encode(title)
                + "&dates=" + BASIC.format(start) + "/" + BASIC.format(end) + "&details=" + encode(details)
                + "&location=" + encode(place);
        String outlook = "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose"
                + "&rru=addevent&subject=" + encode(title) + "&startdt=" + ISO.format(start) + "&enddt="
                + ISO.format(end) + "&body=" + encode(details) + "&location=" + encode(place);
        String yahoo = "https://calendar.yahoo.com/?v=60&title=" + encode(title) + "&st=" + BASIC.format(start) + "&et="
                + BASIC.format(end) + "&desc=" + encode(details) + "&in_loc=" + encode(place);
        return new CalendarLinks(google, outlook, yahoo);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
