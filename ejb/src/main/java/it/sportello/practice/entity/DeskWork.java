package it.sportello.practice.entity;

import static it.sportello.practice.entity.Refusals.refuse;
import static it.sportello.practice.entity.Refusals.refusedIf;

import java.time.Instant;
import java.util.Optional;

import it.sportello.catalog.entity.Office;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.territory.entity.Area;

/**
 * Who works a practice at the office's desk ("scrivania operatore"): taking it in charge, taking it
 * over from a colleague, assigning, routing and prioritizing it, and the rules a page asks to offer
 * those actions ({@link #canBeTakenBy}, {@link #canBeWorkedBy} ...), so that the page and the action
 * always agree. The {@link Assignment} keeps who holds the practice; this part adds that the desk
 * changes nothing on a draft, an unsent or a decided practice, and moves the practice in progress
 * through its {@code moveTo} once somebody works it. The other parts ask it whether an operator is
 * enabled for the practice's service and works it now. Reached by {@link Practice#desk()}.
 */
public final class DeskWork {

    private final Practice practice;
    private final Assignment assignment;

    DeskWork(Practice practice, Assignment assignment) {
        this.practice = practice;
        this.assignment = assignment;
    }

    /**
     * "Prendi in carico": the operator starts working a practice the office received (acquired or
     * registered; merely sent when there is no protocol register), or one that was left without an
     * operator. A practice another operator holds is taken over instead.
     */
    public void takeCharge(StaffAccount by, DeskPolicy policy, Instant now) {
        requireEnabled(by);
        refuse(takeRefusal(by.getUsername(), policy));
        boolean waiting = practice.getStatus().isWaitingForOffice(policy);
        assignment.take(by, practice.getService().getOffice());
        practice.act(DeskAction.Kind.TAKE_CHARGE, now, Actor.OPERATOR, by.getUsername(), null);
        if (waiting) {
            practice.moveTo(PracticeStatus.IN_PROGRESS, now, Actor.OPERATOR, by.getUsername());
        }
    }

    /** "Subentra a ...": the operator takes a practice a colleague is working. */
    public void takeOver(StaffAccount by, Instant now) {
        requireEnabled(by);
        refuse(takeOverRefusal(by.getUsername()));
        String colleague = assignment.takeOver(by);
        practice.touch(now);
        practice.act(DeskAction.Kind.TAKE_OVER, now, Actor.OPERATOR, by.getUsername(), colleague);
    }

    /**
     * Gives the practice to an office and/or an operator, as {@link Assignment} allows; a practice
     * still waiting for the office is then taken in charge for that operator.
     */
    public void assign(StaffAccount by, Office toOffice, StaffAccount toOperator, DeskPolicy policy, Instant now) {
        requireChangeable(by);
        assignment.assign(toOffice, toOperator, practice.getService());
        practice.touch(now);
        practice.act(DeskAction.Kind.ASSIGN, now, Actor.OPERATOR, by.getUsername(), assignment.holders());
        if (toOperator != null && practice.getStatus().isWaitingForOffice(policy)) {
            practice.moveTo(PracticeStatus.IN_PROGRESS, now, Actor.OPERATOR, by.getUsername());
        }
    }

    /**
     * Automatic assignment when the practice arrives: the office a routing rule of the service
     * names, unless somebody already assigned one. Whether it did anything is returned.
     */
    public boolean route(Office to, Instant now) {
        if (practice.isDraft()
                || !practice.getStatus().isOpen()
                || practice.isWaitingForOutcomeLetter()
                || !assignment.routeTo(to)) {
            return false;
        }
        practice.act(DeskAction.Kind.ROUTE, now, Actor.SYSTEM, "sportello", to.getCode());
        return true;
    }

    /** "Cambio priorità": any operator of the service, while the practice is not decided. */
    public void prioritize(StaffAccount by, Priority next, Instant now) {
        requireChangeable(by);
        assignment.prioritize(next);
        practice.act(DeskAction.Kind.PRIORITY, now, Actor.OPERATOR, by.getUsername(), next.name());
    }

    /** Places the practice in the area of its address, as it is sent; {@code null} when it has none. */
    public void placeIn(Area where) {
        assignment.placeIn(where);
    }

    /** Whether the desk may assign the practice or change its priority: sent and not decided. */
    public boolean isChangeable() {
        return deskRefusal().isEmpty();
    }

    /** Whether "Prendi in carico" is open to the operator with that username. */
    public boolean canBeTakenBy(String username, DeskPolicy policy) {
        return takeRefusal(username, policy).isEmpty();
    }

    /** Whether "Subentra a ..." is open to the operator with that username. */
    public boolean canBeTakenOverBy(String username) {
        return takeOverRefusal(username).isEmpty();
    }

    /** Whether the operator with that username works the practice now. */
    public boolean canBeWorkedBy(String username) {
        return workRefusal(username).isEmpty();
    }

    /** The operator is enabled for the practice's service, or the action is refused. */
    void requireEnabled(StaffAccount by) {
        if (!by.isEnabledFor(practice.getService())) {
            throw new PracticeRefusedException("practice.desk.not_enabled");
        }
    }

    /** The operator is enabled for the service and works the practice now, or the action is refused. */
    void requireWorkedBy(StaffAccount by) {
        requireEnabled(by);
        refuse(workRefusal(by.getUsername()));
    }

    /** Sent, not decided, and the operator is enabled for the service. */
    private void requireChangeable(StaffAccount by) {
        requireEnabled(by);
        refuse(deskRefusal());
    }

    /**
     * Why the desk changes nothing on the practice now: a draft, not sent yet (its payment with the
     * request is awaited), or decided.
     */
    private Optional<String> deskRefusal() {
        return refusedIf(practice.isDraft(), "practice.desk.draft")
                .or(() -> refusedIf(!practice.isSent(), "practice.desk.not_sent"))
                .or(() -> refusedIf(practice.getStatus().isClosedForDesk(), "practice.desk.closed"));
    }

    /**
     * Why the operator with that username may not take the practice in charge: the rule
     * {@link #takeCharge} refuses by, but for the operator's enablement for the service, which
     * whoever sees the practice at the desk has.
     */
    private Optional<String> takeRefusal(String username, DeskPolicy policy) {
        return deskRefusal().or(() -> assignment.takeRefusal(username, practice.getStatus(), policy));
    }

    /** Why the operator with that username may not take the practice over, as {@link #takeOver} decides. */
    private Optional<String> takeOverRefusal(String username) {
        return deskRefusal().or(() -> assignment.takeOverRefusal(username, practice.getStatus()));
    }

    /**
     * Why the operator with that username does not work the practice now: integrations and the
     * outcome are only theirs to give who works it.
     */
    private Optional<String> workRefusal(String username) {
        return deskRefusal().or(() -> assignment.workRefusal(username, practice.getStatus()));
    }
}
