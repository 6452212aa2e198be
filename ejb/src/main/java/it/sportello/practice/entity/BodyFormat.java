package it.sportello.practice.entity;

/** How a message's body is stored: as typed (shown escaped) or as HTML that passed the allow-list. */
public enum BodyFormat {
    /** Plain text: the citizens' messages and every message written before rich text. */
    PLAIN,
    /** HTML from the operators' editor, stored only after {@link it.sportello.platform.text.RichText#sanitize}. */
    HTML
}
