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

/** One step of a practice's iter: the status it moved to, when, and who moved it. Never changed. */
@Entity
@Table(name = "status_change")
public class StatusChange {

    @Id
    @SequenceGenerator(name = "status_change_seq", sequenceName = "status_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false, updatable = false)
    private Practice practice;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false, length = 30)
    private PracticeStatus status;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, updatable = false, length = 10)
    private Actor actorKind;

    @Column(name = "actor", nullable = false, updatable = false, length = 100)
    private String actor;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(Practice practice, PracticeStatus status, Instant at, Actor actorKind, String actor) {
        this.practice = practice;
        this.status = status;
        this.at = at;
        this.actorKind = actorKind;
        this.actor = actor;
    }

    public Long getId() {
        return id;
    }

    public PracticeStatus getStatus() {
        return status;
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
}
