package it.sportello.form.control;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import it.sportello.form.entity.FileType;
import it.sportello.platform.i18n.LocalizedText;

/**
 * One input of a form. Which components matter depends on the {@link FieldKind}; a definition read
 * by {@link FormDefinitions} has been checked to be consistent, one built in code has not.
 *
 * @param id          unique in the form: lower-case letters, digits and underscores; the key of the value
 * @param label       what the page shows next to the input and what error messages call the field
 * @param help        an optional hint shown under the input
 * @param required    whether a visible field must have a value (a hidden field never has one)
 * @param visibleWhen shown only when this holds; null means always
 * @param rules       further checks of the value
 * @param options     choices of SELECT, RADIO, CHECKBOXES and REQUEST_KIND (there: the kinds offered)
 * @param expression  the formula of a COMPUTED_AMOUNT, see {@link Expression}
 * @param text        the notice of a PRIVACY field, or the template of a COMPUTED_TEXT with
 *                    {@code {expression}} placeholders, see {@link TextTemplate}
 * @param accept      file types a FILE field accepts, judged on the content
 * @param maxSize     largest upload in bytes for a FILE field
 * @param calendar    the code of the calendar a CALENDAR_SLOT field books on; its {@link Rules#min()}
 *                    and {@link Rules#max()} are how many consecutive slots may be chosen
 */
public record Field(
        String id,
        FieldKind kind,
        LocalizedText label,
        LocalizedText help,
        boolean required,
        Condition visibleWhen,
        Rules rules,
        List<Option> options,
        String expression,
        LocalizedText text,
        List<FileType> accept,
        long maxSize,
        String calendar) {

    /** The size limit of an upload when the definition gives none: 30 MB. */
    public static final long DEFAULT_MAX_SIZE = 30L * 1024 * 1024;

    /** What a FILE field accepts when the definition says nothing: the documents of a form. */
    public static final List<FileType> DEFAULT_ACCEPT =
            List.of(FileType.PDF, FileType.P7M, FileType.JPEG, FileType.PNG);

    public Field {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        rules = rules == null ? Rules.NONE : rules;
        options = options == null ? List.of() : List.copyOf(options);
        accept = accept == null || accept.isEmpty()
                ? (kind == FieldKind.FILE ? DEFAULT_ACCEPT : List.of())
                : List.copyOf(accept);
        maxSize = maxSize <= 0 && kind == FieldKind.FILE ? DEFAULT_MAX_SIZE : maxSize;
    }

    /** A field with only the components every kind has, for code that builds a form by hand. */
    public static Field of(String id, FieldKind kind, LocalizedText label, boolean required) {
        return new Field(id, kind, label, null, required, null, null, null, null, null, null, 0, null);
    }

    /** How many consecutive slots a CALENDAR_SLOT field takes at least: one when the definition says nothing. */
    public int minSlots() {
        return rules.min() == null ? 1 : rules.min().intValue();
    }

    /** How many consecutive slots a CALENDAR_SLOT field takes at most: as many as at least when the definition says nothing. */
    public int maxSlots() {
        return rules.max() == null ? minSlots() : rules.max().intValue();
    }

    public Optional<Option> option(String value) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst();
    }

    /** A privacy notice must be accepted whatever the definition says. */
    public boolean isRequired() {
        return required || kind == FieldKind.PRIVACY;
    }
}
