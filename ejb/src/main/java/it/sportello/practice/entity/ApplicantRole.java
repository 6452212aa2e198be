package it.sportello.practice.entity;

/** Whether the applicant asks for themselves or, as a delegate, for someone else. */
public enum ApplicantRole {
    SELF,
    DELEGATE
}
