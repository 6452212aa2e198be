package it.sportello.web.backoffice.calendars;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.booking.boundary.Calendars;
import it.sportello.booking.control.AppointmentTexts;
import it.sportello.booking.control.AppointmentsCsv;
import it.sportello.booking.control.AppointmentsPdf;
import it.sportello.booking.control.CalendarFile;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.Calendar;
import it.sportello.municipality.Municipality;
import it.sportello.platform.BusinessException;
import it.sportello.platform.time.Clocks;
import it.sportello.web.i18n.BundleMessages;
import it.sportello.web.i18n.LocaleSelection;

/**
 * {@code GET /backoffice/calendari/esporta?calendario=<code>&dal=<yyyy-MM-dd>&al=<yyyy-MM-dd>&formato=ics|pdf|csv}:
 * the appointments of a calendar the operator works between two days (the schedule's table), as
 * one iCalendar file with an event each, as PDF to print or as CSV; 404 for a calendar the operator
 * does not work, 400 with the reason for a wrong request.
 */
@WebServlet("/backoffice/calendari/esporta")
public class AppointmentsExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Calendars calendars;

    @Inject
    Municipality municipality;

    @Inject
    LocaleSelection locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = locale.getLocale();
        String format = String.valueOf(request.getParameter("formato"));
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(String.valueOf(request.getParameter("dal")));
            to = LocalDate.parse(String.valueOf(request.getParameter("al")));
        } catch (DateTimeParseException e) {
            refuse(response, BundleMessages.text(language, "schedule.export.invalid"));
            return;
        }
        if (!List.of("ics", "pdf", "csv").contains(format)
                || to.isBefore(from)
                || from.plusYears(1).isBefore(to)) {
            refuse(response, BundleMessages.text(language, "schedule.export.invalid"));
            return;
        }
        String code = String.valueOf(request.getParameter("calendario"));
        Calendar calendar;
        List<Appointment> appointments;
        try {
            calendar = calendars.calendar(code);
            appointments = calendars.appointments(code, from, to);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AppointmentTexts texts = new AppointmentTexts(language);
        byte[] content = switch (format) {
            case "ics" -> CalendarFile.ofAll(appointments, municipality.getName(), texts, Clocks.ITALY);
            case "pdf" ->
                AppointmentsPdf.of(
                        calendar.getTitle().in(language), from, to, appointments, municipality.getName(), texts);
            default -> AppointmentsCsv.of(appointments, texts);
        };
        response.setContentType(
                switch (format) {
                    case "ics" -> CalendarFile.MEDIA_TYPE + "; charset=UTF-8";
                    case "pdf" -> "application/pdf";
                    default -> "text/csv; charset=UTF-8";
                });
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"appuntamenti-" + code + "-" + from + "." + format + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private static void refuse(HttpServletResponse response, String reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(reason);
    }
}
