package it.sportello.practice.entity;

import static it.sportello.practice.entity.Refusals.refusedIf;

import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.territory.entity.Area;

/**
 * Where a practice is at the office's desk: the office that works it, the area of its address,
 * the operator who holds it ("in carico a") and how urgent it is. It answers who may take the
 * practice, take it over or work it in the status the practice is in; the practice adds that the
 * desk changes nothing on a draft, an unsent or a decided practice, checks that the operator is
 * enabled for the service, and records every change in the iter.
 */
@Embeddable
public class Assignment {

    /** The office that works the practice: assigned, or routed automatically when it arrives. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private Office office;

    /** The geographic area of the address the form holds, found when the practice is sent. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    private Area area;

    /** The operator the practice is with: it is worked only once it has one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "operator_id")
    private StaffAccount operator;

    /** Stored as its rank so that the list sorts by urgency in the database. */
    @Enumerated(EnumType.ORDINAL)
    @Column(name = "priority", nullable = false)
    private Priority priority = Priority.NORMAL;

    /** Nobody's yet, of normal priority: a practice as it is started. */
    public Assignment() {
        // also for JPA
    }

    boolean isHeldBy(String username) {
        return operator != null && operator.getUsername().equals(username);
    }

    /**
     * Why the operator may not take the practice in charge: it neither waits for the office nor is
     * worked with nobody holding it, or a colleague holds it.
     */
    Optional<String> takeRefusal(String username, PracticeStatus status, DeskPolicy policy) {
        return refusedIf(
                        !status.isWaitingForOffice(policy) && !(status.isBeingWorked() && operator == null),
                        "practice.desk.take.not_waiting")
                .or(() -> refusedIf(operator != null && !isHeldBy(username), "practice.desk.take.held_by_other"));
    }

    /** Why the operator may not take over the practice: no colleague is working it. */
    Optional<String> takeOverRefusal(String username, PracticeStatus status) {
        return refusedIf(
                !status.isBeingWorked() || operator == null || isHeldBy(username),
                "practice.desk.take_over.not_held_by_other");
    }

    /** "A practice must be taken in charge or assigned before it can be worked", and by whom holds it. */
    Optional<String> workRefusal(String username, PracticeStatus status) {
        return refusedIf(!status.isBeingWorked() || operator == null, "practice.desk.not_taken")
                .or(() -> refusedIf(!isHeldBy(username), "practice.desk.not_assignee"));
    }

    /**
     * The operator takes the practice in charge; one without an office goes to the office of its
     * service ({@code servicesOffice}, if any) when the operator works there.
     */
    void take(StaffAccount by, Office servicesOffice) {
        operator = by;
        if (office == null && servicesOffice != null && by.worksIn(servicesOffice)) {
            office = servicesOffice;
        }
    }

    /** The operator takes the practice from the colleague who held it, whose username is returned. */
    String takeOver(StaffAccount by) {
        String colleague = operator.getUsername();
        operator = by;
        return colleague;
    }

    /**
     * Gives the practice to an office and/or an operator. An operator must be enabled for the
     * service and, with an office, work in it. An office alone leaves the practice to whoever of
     * that office takes it: the operator it had stays only if they work there.
     */
    void assign(Office toOffice, StaffAccount toOperator, Service service) {
        if (toOffice == null && toOperator == null) {
            throw new PracticeRefusedException("practice.desk.assign.nobody");
        }
        if (toOperator != null && !toOperator.isEnabledFor(service)) {
            throw new PracticeRefusedException("practice.desk.assign.not_enabled");
        }
        if (toOffice != null && toOperator != null && !toOperator.worksIn(toOffice)) {
            throw new PracticeRefusedException("practice.desk.assign.not_in_office");
        }
        if (toOffice != null) {
            office = toOffice;
            if (toOperator == null && operator != null && !operator.worksIn(toOffice)) {
                operator = null;
            }
        }
        if (toOperator != null) {
            operator = toOperator;
        }
    }

    /** Who has the practice as the iter records an assignment: the office's code and the operator's username, "-" for none. */
    String holders() {
        return (office == null ? "-" : office.getCode()) + " / " + (operator == null ? "-" : operator.getUsername());
    }

    /** Gives the practice the office a routing rule names, unless it has one; whether it did. */
    boolean routeTo(Office to) {
        if (to == null || office != null) {
            return false;
        }
        office = to;
        return true;
    }

    void prioritize(Priority next) {
        priority = Objects.requireNonNull(next, "priority");
    }

    void placeIn(Area where) {
        area = where;
    }

    public Office getOffice() {
        return office;
    }

    public Area getArea() {
        return area;
    }

    public StaffAccount getOperator() {
        return operator;
    }

    public Priority getPriority() {
        return priority;
    }
}
