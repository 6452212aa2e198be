package it.sportello.web.booking;

import java.io.IOException;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.control.AppointmentTexts;
import it.sportello.booking.control.CalendarFile;
import it.sportello.booking.control.Receipt;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.municipality.Municipality;
import it.sportello.platform.time.Clocks;
import it.sportello.web.i18n.LocaleSelection;

/**
 * {@code GET /prenotazioni/file?prenotazione=<reference>[&codice=<secret>]&tipo=ics|pdf}: the
 * calendar file or the receipt of a booking, for the citizen it belongs to or with the secret of
 * its link; 404 for anybody else.
 */
@WebServlet("/prenotazioni/file")
public class AppointmentFileDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Bookings bookings;

    @Inject
    Municipality municipality;

    @Inject
    LocaleSelection locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Appointment appointment;
        try {
            appointment = bookings.visible(
                    String.valueOf(request.getParameter("prenotazione")), request.getParameter("codice"));
        } catch (BookingRefusedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale language = locale.getLocale();
        AppointmentTexts texts = new AppointmentTexts(language);
        boolean ics = "ics".equals(request.getParameter("tipo"));
        byte[] content = ics
                ? CalendarFile.of(appointment, municipality.getName(), texts, Clocks.ITALY)
                : Receipt.of(appointment, municipality.getName(), texts);
        response.setContentType(ics ? CalendarFile.MEDIA_TYPE : "application/pdf");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\""
                        + (ics ? "appuntamento.ics" : "prenotazione-" + appointment.getReference() + ".pdf") + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
