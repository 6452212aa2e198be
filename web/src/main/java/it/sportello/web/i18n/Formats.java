package it.sportello.web.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import it.sportello.platform.time.Clocks;

/**
 * Moments, days and file sizes the way the reader's language writes them ("16 mag 2024, 11:23"),
 * in Italian time: what pages show of instants stored in UTC.
 */
@Named
@RequestScoped
public class Formats {

    @Inject
    LocaleSelection locale;

    /** Day and time, e.g. "16 mag 2024, 11:23"; empty for none. */
    public String moment(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale.getLocale())
                        .format(instant.atZone(Clocks.ITALY));
    }

    /** The day only, e.g. "16 mag 2024"; empty for none. */
    public String day(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale.getLocale())
                        .format(day);
    }

    /** The day of the week, e.g. "mercoledì". */
    public String weekday(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofPattern("EEEE", locale.getLocale()).format(day);
    }

    /** An amount in euro, e.g. "€ 16,00" or "16,00 €" as the reader's language writes it; empty for none. */
    public String euro(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat euro = NumberFormat.getCurrencyInstance(locale.getLocale());
        euro.setCurrency(Currency.getInstance("EUR"));
        return euro.format(amount);
    }

    /** A local day and time as typed (a stamp's issue), e.g. "16 mag 2024, 11:23"; empty for none. */
    public String local(LocalDateTime moment) {
        return moment == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale.getLocale())
                        .format(moment);
    }

    /** A file size in bytes, KB or MB with at most one decimal, e.g. "1,2 MB". */
    public String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(locale.getLocale());
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return number.format(bytes) + " B";
        }
        if (bytes < 1024L * 1024) {
            return number.format(bytes / 1024.0) + " KB";
        }
        return number.format(bytes / (1024.0 * 1024)) + " MB";
    }
}
