package it.sportello.booking.control;

import java.util.ArrayList;
import java.util.List;

import it.sportello.booking.entity.Appointment;
import it.sportello.platform.pdf.TextDocument;

/** The receipt of an appointment as PDF: office, place, date and time, person, booking code, documents to bring. */
public final class Receipt {

    private Receipt() {}

    public static byte[] of(Appointment appointment, String municipality, AppointmentTexts texts) {
        List<TextDocument.Section> sections = new ArrayList<>();
        var calendar = appointment.getCalendar();
        StringBuilder what = new StringBuilder()
                .append("- ")
                .append(texts.get("receipt.office"))
                .append(": ")
                .append(calendar.getTitle().in(texts.locale()))
                .append('\n');
        if (calendar.getPlace() != null) {
            what.append("- ")
                    .append(texts.get("receipt.place"))
                    .append(": ")
                    .append(calendar.getPlace())
                    .append('\n');
        }
        what.append("- ")
                .append(texts.get("receipt.when"))
                .append(": ")
                .append(texts.when(appointment))
                .append('\n')
                .append("- ")
                .append(texts.get("receipt.person"))
                .append(": ")
                .append(appointment.getPerson().fullName())
                .append(appointment.getFiscalCode() == null ? "" : " (" + appointment.getFiscalCode() + ")")
                .append('\n')
                .append("- ")
                .append(texts.get("receipt.status"))
                .append(": ")
                .append(texts.status(appointment.getStatus()))
                .append('\n')
                .append("- ")
                .append(texts.get("receipt.code"))
                .append(": ")
                .append(appointment.getReference())
                .append('\n');
        if (appointment.getReason() != null) {
            what.append("- ")
                    .append(texts.get("receipt.reason"))
                    .append(": ")
                    .append(appointment.getReason())
                    .append('\n');
        }
        sections.add(new TextDocument.Section(texts.get("receipt.appointment"), what.toString()));
        if (calendar.getDocumentsToBring() != null) {
            sections.add(new TextDocument.Section(texts.get("receipt.documents"), calendar.getDocumentsToBring()));
        }
        if (appointment.getVideoLink() != null) {
            sections.add(new TextDocument.Section(texts.get("receipt.video"), appointment.getVideoLink()));
        }
        return TextDocument.render(
                municipality, texts.get("receipt.title"), texts.locale().getLanguage(), sections);
    }
}
