package it.sportello.practice.entity;

/** Why a file is attached to a practice. Bundle keys: {@code AttachmentPurpose.FORM} and so on. */
public enum AttachmentPurpose {
    /** Uploaded in a file field of the service's form. */
    FORM,
    /** The delegation signed by the beneficiary. */
    DELEGATION,
    /** The beneficiary's identity document. */
    IDENTITY_DOCUMENT,
    /** Sent with a message, by the citizen or the office. */
    MESSAGE,
    /** Made by the desk: the filled form, the outcome letter. */
    GENERATED
}
