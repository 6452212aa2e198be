package it.sportello.form.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The second pass of {@link FormDefinitionReader}: ids are unique, and every reference from a
 * condition, a formula, a template, a date bound or an "after" points to a field placed before.
 * Pointing only backwards is what rules out cycles and lets the validator work in one pass, top to bottom.
 */
final class ReferenceCheck {

    /** A section or field with where it was read. */
    record Placed<T>(T item, String path, int sectionIndex) {}

    private final List<Placed<Section>> sections;
    private final List<Placed<Field>> fields;
    private final List<DefinitionProblem> problems = new ArrayList<>();
    /** Position in page order of the first field with each id. */
    private final Map<String, Integer> positions = new HashMap<>();

    ReferenceCheck(List<Placed<Section>> sections, List<Placed<Field>> fields) {
        this.sections = sections;
        this.fields = fields;
    }

    List<DefinitionProblem> problems(RequiredPayment payment) {
        Map<String, Integer> sectionIds = new HashMap<>();
        for (Placed<Section> section : sections) {
            if (sectionIds.putIfAbsent(section.item().id(), 0) != null) {
                problem(
                        section.path() + ".id",
                        "definition.id.duplicate",
                        section.item().id());
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            Placed<Field> placed = fields.get(i);
            if (positions.putIfAbsent(placed.item().id(), i) != null
                    && !"?".equals(placed.item().id())) {
                problem(
                        placed.path() + ".id",
                        "definition.id.duplicate",
                        placed.item().id());
            }
        }
        for (Placed<Section> section : sections) {
            condition(
                    section.item().visibleWhen(),
                    section.path() + ".visibleWhen",
                    firstFieldOf(section.sectionIndex()));
        }
        for (int i = 0; i < fields.size(); i++) {
            field(fields.get(i), i);
        }
        if (payment != null
                && payment.amountField() != null
                && !kindOf(payment.amountField())
                        .map(FieldKind.COMPUTED_AMOUNT::equals)
                        .orElse(false)) {
            problem("$.payment.amountField", "definition.payment.amount_field", payment.amountField());
        }
        return problems;
    }

    private void field(Placed<Field> placed, int position) {
        Field field = placed.item();
        condition(field.visibleWhen(), placed.path() + ".visibleWhen", position);
        // Formulas that do not parse were reported by the first pass.
        try {
            if (field.kind() == FieldKind.COMPUTED_AMOUNT && field.expression() != null) {
                references(Expression.parse(field.expression()).references(), placed.path() + ".expression", position);
            }
            if (field.kind() == FieldKind.COMPUTED_TEXT && field.text() != null) {
                for (Locale language : FormDefinitionReader.languagesOf(field.text())) {
                    references(
                            TextTemplate.parse(field.text().in(language)).references(),
                            placed.path() + ".text." + language.getLanguage(),
                            position);
                }
            }
        } catch (ExpressionException e) {
            // already reported
        }
        bound(field.rules().minDate(), placed.path() + ".minDate", position);
        bound(field.rules().maxDate(), placed.path() + ".maxDate", position);
        String after = field.rules().after();
        if (after != null
                && reference(after, placed.path() + ".after", position)
                && kindOf(after).orElseThrow() != field.kind()) {
            problem(placed.path() + ".after", "definition.after.other_kind", after, field.kind());
        }
    }

    private void condition(Condition condition, String path, int before) {
        if (condition == null || !reference(condition.fieldId(), path + ".field", before)) {
            return;
        }
        Field target = fields.get(positions.get(condition.fieldId())).item();
        if (!target.options().isEmpty()) {
            for (String value : condition.values()) {
                if (target.option(value).isEmpty()) {
                    problem(path, "definition.condition.value_unknown", value, condition.fieldId());
                }
            }
        }
    }

    private void references(Set<String> ids, String path, int before) {
        ids.forEach(id -> reference(id, path, before));
    }

    private void bound(DateBound bound, String path, int before) {
        if (bound == null || bound.fieldId().isEmpty()) {
            return;
        }
        String id = bound.fieldId().get();
        if (reference(id, path, before) && kindOf(id).orElseThrow() != FieldKind.DATE) {
            problem(path, "definition.date_bound.not_date", id);
        }
    }

    /** Whether the id names a field placed before {@code before}; reports it when not. */
    private boolean reference(String id, String path, int before) {
        Integer position = positions.get(id);
        if (position == null) {
            problem(path, "definition.reference.unknown", id);
            return false;
        }
        if (position >= before) {
            problem(path, "definition.reference.forward", id);
            return false;
        }
        return true;
    }

    private int firstFieldOf(int sectionIndex) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).sectionIndex() >= sectionIndex) {
                return i;
            }
        }
        return fields.size();
    }

    private Optional<FieldKind> kindOf(String id) {
        Integer position = positions.get(id);
        return position == null
                ? Optional.empty()
                : Optional.of(fields.get(position).item().kind());
    }

    private void problem(String path, String key, Object... parameters) {
        problems.add(new DefinitionProblem(path, key, parameters));
    }
}
