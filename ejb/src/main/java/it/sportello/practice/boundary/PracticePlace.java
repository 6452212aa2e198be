package it.sportello.practice.boundary;

import java.io.Serializable;

import it.sportello.form.control.GeoPoint;
import it.sportello.practice.entity.PracticeStatus;

/** Where a sent practice places its report, with what the operators' map says of it. */
public record PracticePlace(
        String reference, String shortReference, PracticeStatus status, String applicant, GeoPoint point)
        implements Serializable {}
