package it.sportello.practice.boundary;

import java.time.Instant;

import it.sportello.practice.control.LastChange;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.practice.entity.Priority;

/**
 * What the practice list is filtered by; every part may be {@code null} (no filter). The last
 * change is the half-open range {@code [changedFrom, changedTo)}, usually from
 * {@link LastChange#range}. The text is looked for, ignoring case, in the applicant's names, and
 * whole as the request number or (when it is one) the codice fiscale. The area is an area's code.
 */
public record PracticeFilter(
        String serviceCode,
        PracticeStatus status,
        WorkQueue queue,
        String text,
        Instant changedFrom,
        Instant changedTo,
        Priority priority,
        String areaCode) {

    public static final PracticeFilter ALL = new PracticeFilter(null, null, null, null, null, null, null, null);

    public PracticeFilter {
        serviceCode = blankToNull(serviceCode);
        text = blankToNull(text);
        areaCode = blankToNull(areaCode);
    }

    public PracticeFilter withService(String code) {
        return new PracticeFilter(code, status, queue, text, changedFrom, changedTo, priority, areaCode);
    }

    public PracticeFilter withStatus(PracticeStatus value) {
        return new PracticeFilter(serviceCode, value, queue, text, changedFrom, changedTo, priority, areaCode);
    }

    public PracticeFilter withQueue(WorkQueue value) {
        return new PracticeFilter(serviceCode, status, value, text, changedFrom, changedTo, priority, areaCode);
    }

    public PracticeFilter withText(String value) {
        return new PracticeFilter(serviceCode, status, queue, value, changedFrom, changedTo, priority, areaCode);
    }

    public PracticeFilter withLastChange(LastChange.Range range) {
        return new PracticeFilter(
                serviceCode,
                status,
                queue,
                text,
                range == null ? null : range.from(),
                range == null ? null : range.to(),
                priority,
                areaCode);
    }

    public PracticeFilter withPriority(Priority value) {
        return new PracticeFilter(serviceCode, status, queue, text, changedFrom, changedTo, value, areaCode);
    }

    /** Only practices placed in the area with this code ("Filtra per area geografica"). */
    public PracticeFilter withArea(String code) {
        return new PracticeFilter(serviceCode, status, queue, text, changedFrom, changedTo, priority, code);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
