package it.sportello.web.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.Part;

import it.sportello.form.control.Condition;
import it.sportello.form.control.Field;
import it.sportello.form.control.FieldError;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.FormDefinition;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.control.FormMessages;
import it.sportello.form.control.FormSummary;
import it.sportello.form.control.FormValidator;
import it.sportello.form.control.PostalAddress;
import it.sportello.form.control.Section;
import it.sportello.form.control.UploadedFile;
import it.sportello.form.control.ValidationResult;
import it.sportello.form.entity.FileTypes;
import it.sportello.identity.entity.Address;
import it.sportello.municipality.Comune;
import it.sportello.municipality.Comuni;
import it.sportello.municipality.Municipality;
import it.sportello.municipality.Province;
import it.sportello.platform.text.TextBlock;
import it.sportello.practice.boundary.Upload;
import it.sportello.practice.entity.Attachment;

/**
 * A form being filled in a page: the raw input by field id, which section is on screen, and the
 * errors to show. Which sections and fields are visible, the computed values and every error come
 * from the same {@link FormValidator} the server trusts, run on the whole input at each step — the
 * page never decides a rule itself.
 */
public class FormState implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String definitionJson;
    private transient FormDefinition definition;
    private transient ValidationResult result;
    /** Not serialized (thousands of comuni): looked up again after the view is restored. */
    private transient Comuni comuni;

    private final HashMap<String, Object> input = new HashMap<>();
    private final HashMap<String, List<String>> errors = new HashMap<>();
    /** Files the page did not keep, by field id: checked once so that the field says why, never kept. */
    private final HashMap<String, UploadedFile> refused = new HashMap<>();

    private final HashMap<String, String> refusedSlots = new HashMap<>();

    private int step;

    /** A form whose addresses are chosen from and checked against {@code comuni}. */
    public FormState(String definitionJson, Comuni comuni) {
        this.definitionJson = definitionJson;
        this.comuni = comuni;
    }

    /** The municipality's register of comuni, with its own comune (see {@link Municipality#comuni()}). */
    private Comuni comuni() {
        if (comuni == null) {
            comuni = CDI.current().select(Municipality.class).get().comuni();
        }
        return comuni;
    }

    public FormDefinition getDefinition() {
        if (definition == null) {
            definition = FormDefinitions.parse(definitionJson);
        }
        return definition;
    }

    /** What the inputs bind to, by field id. */
    public Map<String, Object> getInput() {
        result = null;
        return input;
    }

    /** The input as a draft keeps it: what was typed, without the files, which are the draft's attachments. */
    public Map<String, Object> typedInput() {
        Map<String, Object> typed = new HashMap<>(getInput());
        typed.values().removeIf(UploadedFile.class::isInstance);
        return typed;
    }

    /** The parts of an address field (street, number, country, province, comune, CAP). */
    @SuppressWarnings("unchecked")
    public Map<String, String> address(String fieldId) {
        result = null;
        return (Map<String, String>) input.computeIfAbsent(fieldId, id -> {
            HashMap<String, String> parts = new HashMap<>();
            parts.put(PostalAddress.COUNTRY, PostalAddress.ITALY);
            return parts;
        });
    }

    /** The coordinates of a map point field (latitude, longitude), as typed or placed on the map. */
    @SuppressWarnings("unchecked")
    public Map<String, String> point(String fieldId) {
        result = null;
        return (Map<String, String>) input.computeIfAbsent(fieldId, id -> new HashMap<String, String>());
    }

    /**
     * The form's first address field, whose parts the map's address search reads when the citizen
     * types no address of their own; null when the form has none.
     */
    public String addressFieldId() {
        return getDefinition().fields().stream()
                .filter(field -> field.kind() == FieldKind.ADDRESS)
                .map(Field::id)
                .findFirst()
                .orElse(null);
    }

    /** Fills a field before the citizen sees it, e.g. from the profile; what they type wins. */
    public void prefill(String fieldId, Object value) {
        if (value != null && getDefinition().field(fieldId).isPresent()) {
            input.putIfAbsent(fieldId, value);
            result = null;
        }
    }

    /**
     * Fills an address field from the profile, part by part; what is already there wins. The
     * profile's comune is free text ("bugliano"): it is put as the register names it, so that the
     * list of the province shows it chosen rather than empty.
     */
    public void prefillAddress(
            String fieldId, String street, String number, String province, String comune, String cap) {
        Map<String, String> address = address(fieldId);
        putIfPresent(address, PostalAddress.STREET, street);
        putIfPresent(address, PostalAddress.NUMBER, number);
        putIfPresent(
                address,
                PostalAddress.PROVINCE,
                comuni().province(province).map(Province::code).orElse(province));
        putIfPresent(
                address,
                PostalAddress.COMUNE,
                comuni().find(province, comune).map(Comune::name).orElse(comune));
        putIfPresent(address, PostalAddress.CAP, cap);
    }

    /**
     * Fills the form's first e-mail, first phone and first address field from the profile; what is
     * already there wins, and what the profile lacks leaves its field as it is.
     */
    public void prefillContacts(String email, String phone, Address residence) {
        boolean emailDone = false;
        boolean phoneDone = false;
        boolean addressDone = residence == null;
        for (Field field : getDefinition().fields()) {
            if (field.kind() == FieldKind.EMAIL && !emailDone) {
                prefill(field.id(), email);
                emailDone = true;
            } else if (field.kind() == FieldKind.PHONE && !phoneDone) {
                prefill(field.id(), phone);
                phoneDone = true;
            } else if (field.kind() == FieldKind.ADDRESS && !addressDone) {
                prefillAddress(
                        field.id(),
                        residence.getStreet(),
                        residence.getNumber(),
                        residence.getProvince(),
                        residence.getCity(),
                        residence.getPostcode());
                addressDone = true;
            }
        }
    }

    private static void putIfPresent(Map<String, String> address, String part, String value) {
        if (value != null) {
            address.putIfAbsent(part, value);
        }
    }

    // --- what is visible ---------------------------------------------------------------------

    public List<Section> getSections() {
        return getDefinition().sections().stream().filter(this::visible).toList();
    }

    /** The position of the section that holds a field among those shown; the first when none does. */
    public int indexOf(Field field) {
        List<Section> sections = getSections();
        for (int index = 0; index < sections.size(); index++) {
            if (sections.get(index).fields().contains(field)) {
                return index;
            }
        }
        return 0;
    }

    public Section getCurrent() {
        List<Section> sections = getSections();
        step = Math.min(step, sections.size() - 1);
        return sections.get(step);
    }

    public int getStep() {
        return step;
    }

    public boolean isFirst() {
        return step == 0;
    }

    public boolean isLast() {
        return step >= getSections().size() - 1;
    }

    public List<Field> fields(Section section) {
        return section.fields().stream().filter(this::visible).toList();
    }

    public boolean visible(Section section) {
        return holds(section.visibleWhen());
    }

    public boolean visible(Field field) {
        return getDefinition().sections().stream()
                        .filter(s -> s.fields().contains(field))
                        .allMatch(this::visible)
                && holds(field.visibleWhen());
    }

    /** Whether other fields or sections depend on this one: the page then updates when it changes. */
    public boolean controls(Field field) {
        return getDefinition().sections().stream()
                .anyMatch(section -> refers(section.visibleWhen(), field)
                        || section.fields().stream()
                                .anyMatch(other -> refers(other.visibleWhen(), field)
                                        || (other.kind().isComputed() && mentions(other, field))));
    }

    private static boolean refers(Condition condition, Field field) {
        return condition != null && condition.fieldId().equals(field.id());
    }

    private static boolean mentions(Field computed, Field field) {
        String source = computed.expression() != null
                ? computed.expression()
                : computed.text() == null ? "" : computed.text().italian();
        return source.matches("(?s).*\\b" + java.util.regex.Pattern.quote(field.id()) + "\\b.*");
    }

    private boolean holds(Condition condition) {
        return condition == null || condition.holdsFor(result().data().get(condition.fieldId()));
    }

    // --- values and errors -------------------------------------------------------------------

    /** A computed field's value in the reader's language, or an empty text while it cannot be computed. */
    public String computed(Field field, Locale locale) {
        return FormSummary.value(field, result().data().get(field.id()), locale);
    }

    /** A value as the summary shows it. */
    public String display(Field field, Locale locale) {
        return FormSummary.value(field, result().data().get(field.id()), locale);
    }

    public List<String> errorsOf(String fieldId) {
        return errors.getOrDefault(fieldId, List.of());
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /**
     * Checks the section on screen and shows its errors; moves to the next visible section when
     * there are none.
     */
    public boolean next(Locale locale, Clock clock) {
        if (!check(fields(getCurrent()), locale, clock)) {
            return false;
        }
        if (!isLast()) {
            step++;
        }
        return true;
    }

    public void back() {
        errors.clear();
        step = Math.max(0, step - 1);
    }

    public void goTo(int index) {
        errors.clear();
        step = Math.max(0, Math.min(index, getSections().size() - 1));
    }

    /** Checks every visible field; the errors name the fields in the reader's language. */
    public boolean checkAll(Locale locale, Clock clock) {
        List<Field> all = new ArrayList<>();
        getSections().forEach(section -> all.addAll(fields(section)));
        return check(all, locale, clock);
    }

    private boolean check(List<Field> fields, Locale locale, Clock clock) {
        result = new FormValidator(comuni(), clock).validate(getDefinition(), normalized());
        errors.clear();
        List<String> shown = fields.stream().map(Field::id).toList();
        for (FieldError error : result.errors()) {
            if (shown.contains(error.fieldId())) {
                errors.computeIfAbsent(error.fieldId(), id -> new ArrayList<>())
                        .add(FormMessages.render(error, getDefinition(), locale));
            }
        }
        refusedSlots.forEach((fieldId, why) -> {
            if (shown.contains(fieldId)) {
                // why the ticked slots were not held says it all: not also that the field is empty
                errors.put(fieldId, new ArrayList<>(List.of(why)));
            }
        });
        refusedSlots.clear();
        if (!refused.isEmpty()) {
            // said next to the field; the field keeps the file it had before, or none
            refused.clear();
            result = null;
        }
        return errors.isEmpty();
    }

    /** The cleaned values, as the server would keep them. */
    public ValidationResult result() {
        if (result == null) {
            result = new FormValidator(comuni(), Clock.systemDefaultZone()).validate(getDefinition(), normalized());
        }
        return result;
    }

    /** Multiple selections arrive as arrays; the validator reads lists. */
    private Map<String, Object> normalized() {
        Map<String, Object> values = new HashMap<>();
        input.forEach((id, value) -> values.put(
                id,
                value instanceof Object[] array
                        ? Arrays.stream(array).map(String::valueOf).toList()
                        : value));
        values.putAll(refused);
        return values;
    }

    // --- how inputs look ------------------------------------------------------------------------

    /** The HTML input type of a one-line field: the browser's own pickers for dates and times. */
    public String inputType(Field field) {
        return switch (field.kind()) {
            case EMAIL -> "email";
            case PHONE -> "tel";
            case DATE -> "date";
            case TIME -> "time";
            default -> "text";
        };
    }

    /** The keyboard a phone shows for the field. */
    public String inputMode(Field field) {
        return switch (field.kind()) {
            case NUMBER, AMOUNT -> "decimal";
            case PHONE -> "tel";
            case EMAIL -> "email";
            default -> "text";
        };
    }

    /** The text a field shows besides its label (the privacy notice), in paragraphs. */
    public List<TextBlock> text(Field field, Locale locale) {
        return field.text() == null ? List.of() : TextBlock.parse(field.text().in(locale));
    }

    public boolean isOneLine(Field field) {
        return switch (field.kind()) {
            case TEXT, NUMBER, AMOUNT, EMAIL, PHONE, DATE, TIME, FISCAL_CODE -> true;
            default -> false;
        };
    }

    // --- uploads and addresses ---------------------------------------------------------------

    /**
     * Whether a file meets its field's rules as the validator reads them: its size, and a type the
     * field accepts, read from the content and matching the name.
     */
    public boolean fits(String fieldId, String fileName, long size, byte[] head) {
        Field field = getDefinition().field(fieldId).orElseThrow();
        return size <= field.maxSize()
                && FileTypes.identify(fileName, head, field.accept()).isPresent();
    }

    /**
     * Takes an uploaded file for a field without keeping it anywhere (the form editor's preview):
     * only its name, size and first bytes are kept here, which is what the rules check. A file that
     * does not {@link #fits fit} is {@link #refuse refused} instead.
     */
    public void attach(String fieldId, Part part) throws IOException {
        take(
                fieldId,
                part,
                upload -> new UploadedFile(
                        UUID.randomUUID().toString(),
                        part.getSubmittedFileName(),
                        part.getContentType(),
                        part.getSize(),
                        head(upload.bytes())));
    }

    /**
     * Takes a file chosen for a field: when it fits the field's rules, {@code keep} stores it and
     * gives back how the field shows it; otherwise it is refused, said next to the field at the next
     * check. A file over the field's size is refused on its size alone, never read whole.
     */
    public void take(String fieldId, Part part, Function<Upload, UploadedFile> keep) throws IOException {
        if (part == null || part.getSize() == 0) {
            return;
        }
        byte[] head;
        try (InputStream in = part.getInputStream()) {
            head = in.readNBytes(FileTypes.HEAD_LENGTH);
        }
        if (fits(fieldId, part.getSubmittedFileName(), part.getSize(), head)) {
            attach(fieldId, keep.apply(Uploads.of(part).orElseThrow()));
        } else {
            refuse(
                    fieldId,
                    new UploadedFile(
                            "refused", part.getSubmittedFileName(), part.getContentType(), part.getSize(), head));
        }
    }

    /** How a field shows a file kept as that attachment. */
    public static UploadedFile kept(Attachment file, byte[] bytes) {
        return new UploadedFile(
                file.getReference(), file.getFileName(), file.getType().mediaType(), file.getSize(), head(bytes));
    }

    private static byte[] head(byte[] bytes) {
        return Arrays.copyOf(bytes, Math.min(bytes.length, FileTypes.HEAD_LENGTH));
    }

    /** A file kept for a field (by the page, under its own reference): the field shows it as its file. */
    public void attach(String fieldId, UploadedFile file) {
        input.put(fieldId, file);
        result = null;
    }

    /**
     * A file the page did not keep (a type the field does not take, too big): the next check says
     * why next to the field, and then it is forgotten, so the field never shows it as its file.
     */
    public void refuse(String fieldId, UploadedFile file) {
        refused.put(fieldId, file);
        result = null;
    }

    /**
     * Slots the calendar did not give a calendar slot field (taken meanwhile, not consecutive ...):
     * the next check says why next to the field, which keeps the slots it held before, if any.
     */
    public void refuseSlots(String fieldId, String why) {
        refusedSlots.put(fieldId, why);
        result = null;
    }

    /** An optional file taken away: the field has no file. */
    public void remove(String fieldId) {
        input.remove(fieldId);
        errors.remove(fieldId);
        result = null;
    }

    public UploadedFile uploaded(String fieldId) {
        return input.get(fieldId) instanceof UploadedFile file ? file : null;
    }

    public List<Province> getProvinces() {
        return comuni().provinces();
    }

    public List<Comune> comuni(String fieldId) {
        String province = address(fieldId).get(PostalAddress.PROVINCE);
        return province == null || province.isBlank() ? List.of() : comuni().inProvince(province);
    }

    public boolean italian(String fieldId) {
        return PostalAddress.ITALY.equals(address(fieldId).get(PostalAddress.COUNTRY));
    }
}
