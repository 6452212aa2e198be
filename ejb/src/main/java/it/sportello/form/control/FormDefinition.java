package it.sportello.form.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The sections and fields of a service's form, plus what the citizen pays when sending it. Read
 * from JSON with {@link FormDefinitions#parse(String)}, which also checks it; immutable, so a
 * parsed definition can be cached per form version.
 *
 * @param payment     null when nothing is paid at request time
 * @param stampDuties empty when no stamp duty is due at request time
 */
public record FormDefinition(List<Section> sections, RequiredPayment payment, List<RequiredStampDuty> stampDuties) {

    public FormDefinition {
        sections = List.copyOf(sections);
        stampDuties = stampDuties == null ? List.of() : List.copyOf(stampDuties);
    }

    /** Every field, section after section, in the order of the page. */
    public List<Field> fields() {
        return sections.stream().flatMap(section -> section.fields().stream()).toList();
    }

    /**
     * Whether the form asks what kind of request it is (attivazione, rinnovo, modifica, voltura…):
     * a change to a sent practice is then a new practice linked to the first.
     */
    public boolean asksForRequestKind() {
        return fields().stream().anyMatch(field -> field.kind() == FieldKind.REQUEST_KIND);
    }

    public Optional<Field> field(String id) {
        return fields().stream().filter(field -> field.id().equals(id)).findFirst();
    }

    public Optional<RequiredPayment> paymentRequired() {
        return Optional.ofNullable(payment);
    }

    /** The sum of the stamp duties, zero when there are none. */
    public BigDecimal stampDutiesTotal() {
        return stampDuties.stream().map(RequiredStampDuty::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
