package it.sportello.practice.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One thing the desk did to a practice, with when and who: the operators' side of the iter. An
 * action that moves the practice to another status is recorded here and, with the same time and
 * actor, as a {@link StatusChange}; the two are one event, one step of {@link Practice#iter()}.
 * What leaves the status as it is (a new priority, a note) is recorded here only. Never changed.
 */
@Entity
@Table(name = "practice_desk_action")
public class DeskAction {

    /**
     * What was done. Bundle keys: {@code DeskAction.Kind.TAKE_CHARGE} and so on, in the desk's
     * bundle, where they are the iter's line ("Priorità: {0}", with the detail in the reader's words).
     */
    public enum Kind {
        TAKE_CHARGE,
        TAKE_OVER,
        ASSIGN,
        ROUTE,
        PRIORITY,
        INTEGRATION_REQUEST,
        INTEGRATION_ACCEPT,
        INTEGRATION_CANCEL,
        OUTCOME,
        OUTCOME_RELEASED,
        MESSAGE,
        NOTE,
        ON_BEHALF,
        PAYMENT_CREATION_FAILED,
        PAYMENT_REGISTERED,
        /** An appointment fixed for the practice; its detail is its start and end ("2026-11-30T09:00/09:40"). */
        APPOINTMENT;

        /**
         * Whether the action, by itself, moves a practice to the status: the status change is
         * then the same event as the action. Taking charge puts a practice in progress, an outcome
         * decides it or makes it wait for a payment, the protocol or stamps, and so on.
         */
        public boolean leadsTo(PracticeStatus status) {
            return switch (this) {
                case TAKE_CHARGE, ASSIGN, INTEGRATION_ACCEPT, INTEGRATION_CANCEL ->
                    status == PracticeStatus.IN_PROGRESS;
                case INTEGRATION_REQUEST -> status == PracticeStatus.WAITING_INTEGRATION;
                case OUTCOME ->
                    status == PracticeStatus.PROCESSED
                            || status == PracticeStatus.WAITING_PAYMENT
                            || status == PracticeStatus.WAITING_STAMP_DUTY
                            || isOutcome(status);
                case OUTCOME_RELEASED -> isOutcome(status);
                case PAYMENT_REGISTERED -> status == PracticeStatus.PAYMENT_DONE;
                case ON_BEHALF -> status == PracticeStatus.DRAFT;
                default -> false;
            };
        }

        private static boolean isOutcome(PracticeStatus status) {
            return status == PracticeStatus.ACCEPTED
                    || status == PracticeStatus.PARTIALLY_ACCEPTED
                    || status == PracticeStatus.REJECTED;
        }

        /** Whether the citizen hears of it: notes, priorities and who works the practice stay inside the office. */
        public boolean concernsCitizen() {
            return switch (this) {
                case TAKE_CHARGE,
                        INTEGRATION_REQUEST,
                        INTEGRATION_ACCEPT,
                        INTEGRATION_CANCEL,
                        OUTCOME,
                        OUTCOME_RELEASED,
                        MESSAGE,
                        PAYMENT_REGISTERED -> true;
                default -> false;
            };
        }
    }

    public static final int DETAIL_LENGTH = 200;

    @Id
    @SequenceGenerator(
            name = "practice_desk_action_seq",
            sequenceName = "practice_desk_action_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_desk_action_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false, updatable = false)
    private Practice practice;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private Kind kind;

    @Column(name = "done_at", nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, updatable = false, length = 10)
    private Actor actorKind;

    @Column(name = "actor", nullable = false, updatable = false, length = 100)
    private String actor;

    /** What the action was about, for the iter: the office and operator assigned, the new priority. */
    @Column(name = "detail", updatable = false, length = DETAIL_LENGTH)
    private String detail;

    protected DeskAction() {
        // for JPA
    }

    DeskAction(Practice practice, Kind kind, Instant at, Actor actorKind, String actor, String detail) {
        this.practice = practice;
        this.kind = kind;
        this.at = at;
        this.actorKind = actorKind;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    public Actor getActorKind() {
        return actorKind;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }
}
