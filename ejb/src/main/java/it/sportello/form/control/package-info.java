/**
 * The form engine: definitions of forms as JSON data, and the server-side checks of what a
 * citizen filled in. Plain Java, no container; thread-safe where it holds state (everything is
 * immutable, {@link it.sportello.form.control.FormValidator} included). The one exception is
 * {@link it.sportello.form.control.FormPublication}, which stores a checked definition as a
 * service's next version.
 *
 * <h2>Using it</h2>
 * <pre>{@code
 * FormDefinition form = FormDefinitions.parse(json);             // InvalidFormDefinitionException lists every problem
 * List<DefinitionProblem> problems = FormDefinitions.problems(json); // for the administrator's text area
 * ValidationResult result = new FormValidator().validate(form, submitted);
 * result.errors().forEach(e -> FormMessages.render(e, form, locale)); // "Codice fiscale: codice fiscale non valido"
 * String frozen = result.data().toJson();                        // FormData.fromJson(form, frozen) reads it back
 * }</pre>
 *
 * <h2>The JSON format</h2>
 * A form is an object with {@code sections} (required), {@code payment} and {@code stampDuties}.
 * A text is either a string (Italian only) or {@code {"it": ..., "en": ..., "de": ...}} with
 * Italian required. Ids are lower-case letters, digits and underscores, starting with a letter,
 * unique in the form; unknown properties are errors, so that a typo does not go unnoticed.
 * <pre>{@code
 * {
 *   "sections": [{
 *     "id": "passo_carrabile", "title": {"it": "Passo carrabile", "en": "Driveway", "de": "Zufahrt"},
 *     "fields": [
 *       {"id": "tipo", "kind": "REQUEST_KIND", "label": "Tipo di richiesta", "required": true,
 *        "requestKinds": ["ATTIVAZIONE", "RINNOVO"]},
 *       {"id": "durata", "kind": "RADIO", "label": "Durata", "required": true, "options": [
 *         {"value": "temporaneo", "label": "Temporaneo"}, {"value": "permanente", "label": "Permanente"}]},
 *       {"id": "data_inizio", "kind": "DATE", "label": "Data di inizio", "required": true, "minDate": "today"},
 *       {"id": "data_fine", "kind": "DATE", "label": "Data di fine", "required": true, "minDate": "data_inizio+1y",
 *        "visibleWhen": {"field": "durata", "equals": "temporaneo"}},
 *       {"id": "durata_testo", "kind": "COMPUTED_TEXT", "label": "Durata",
 *        "text": "La durata del passo carrabile sarà di {if(durata = 'permanente', 29, years(data_inizio, data_fine))} anni"},
 *       {"id": "costo", "kind": "COMPUTED_AMOUNT", "label": "Costo", "expression": "16 * 2 + 20"},
 *       {"id": "planimetria", "kind": "FILE", "label": "Planimetria", "accept": ["pdf", "p7m"], "maxSize": 31457280}
 *     ]}],
 *   "payment": {"amount": "20.00", "reason": "Cartello"},
 *   "stampDuties": [{"reason": "Istanza", "amount": "16.00"}]
 * }
 * }</pre>
 *
 * <h3>Section</h3> {@code id}, {@code title}, {@code fields} (required, not empty);
 * {@code description}, {@code visibleWhen}.
 *
 * <h3>Field</h3> {@code id}, {@code kind} (a {@link it.sportello.form.control.FieldKind} name),
 * {@code label} are required; {@code help}, {@code required} (default false) and
 * {@code visibleWhen} apply to every kind. By kind:
 * <ul>
 * <li>{@code options} ({@code [{"value", "label"}]}, required): SELECT, RADIO, CHECKBOXES;
 * <li>{@code requestKinds} (subset of the eight kinds; default all): REQUEST_KIND;
 * <li>{@code pattern} (Java regex, whole value): TEXT, LONG_TEXT, PHONE; {@code minLength},
 *     {@code maxLength}: TEXT, LONG_TEXT, EMAIL, PHONE (default maximum 1000, 20000 for long text);
 * <li>{@code min}, {@code max}: NUMBER, AMOUNT; {@code decimals} (most fraction digits): NUMBER;
 * <li>{@code minDate}, {@code maxDate}: DATE, as {@code 2025-01-01}, {@code today}, {@code today+30d},
 *     {@code today-18y} or a date field placed before, e.g. {@code data_inizio+1d} (units d, m, y);
 * <li>{@code after} (the id of a field of the same kind placed before, e.g. {@code "ora_inizio"}):
 *     DATE, TIME; the value must come strictly after that field's, as the end of a range does;
 * <li>{@code accept} (pdf, png, jpeg/jpg, p7m, doc, docx, odt, xls, xlsx, ods, zip, csv, txt, xml,
 *     rtf; default pdf, p7m, jpeg, png) and {@code maxSize} in bytes (default 30 MB): FILE;
 * <li>{@code text} (required): the notice of PRIVACY; the template of COMPUTED_TEXT, see
 *     {@link it.sportello.form.control.TextTemplate};
 * <li>{@code expression} (required): COMPUTED_AMOUNT, see {@link it.sportello.form.control.Expression}.
 * </ul>
 *
 * <h3>visibleWhen</h3> {@code {"field": id, "equals": value}}, {@code {"field": id, "in": [values]}}
 * or {@code {"field": id, "checked": true}}; see {@link it.sportello.form.control.Condition}. A
 * condition, a formula, a template, a date bound and an {@code after} may only read fields placed
 * before them (for a section: in an earlier section), which rules out cycles.
 *
 * <h3>payment and stampDuties</h3> {@code payment}: {@code reason} and either {@code amount} or
 * {@code amountField} (the id of a COMPUTED_AMOUNT field). {@code stampDuties}: a list of
 * {@code reason} and {@code amount}. Amounts are positive with at most two decimals, as JSON
 * numbers or strings ({@code "16.00"}).
 *
 * <p>{@code form-definition.schema.json} next to these classes describes the same format as JSON
 * Schema 2020-12 for editors; when it and {@link it.sportello.form.control.FormDefinitions} disagree,
 * the Java reader is right.
 */
package it.sportello.form.control;
