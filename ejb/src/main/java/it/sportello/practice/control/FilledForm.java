package it.sportello.practice.control;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import it.sportello.form.control.FormData;
import it.sportello.form.control.FormDefinition;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.control.FormSummary;
import it.sportello.platform.i18n.Texts;
import it.sportello.platform.pdf.TextDocument;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.entity.ApplicantRole;
import it.sportello.practice.entity.Draft;
import it.sportello.practice.entity.Practice;

/**
 * The filled form of a sent practice as a PDF ("modulo compilato"): the request number, when and
 * by whom it was sent, for whom, and every section with its values, as the office received it.
 * Attached to the receipt e-mail and downloadable from the practice.
 */
public final class FilledForm {

    static final String BUNDLE = "it.sportello.practice.control.documents";

    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private FilledForm() {}

    public static byte[] render(Practice practice, String municipality, Locale locale) {
        Texts texts = Texts.of(BUNDLE, locale);
        FormDefinition definition = FormDefinitions.parse(practice.getForm().getDefinition());
        FormData data = practice.getData() == null ? FormData.EMPTY : FormData.fromJson(definition, practice.getData());
        List<TextDocument.Section> sections = new ArrayList<>();
        sections.add(new TextDocument.Section(
                text(texts, "filled.request"),
                String.join(
                        "\n",
                        "- " + text(texts, "filled.reference") + ": " + practice.getReference(),
                        "- " + text(texts, "filled.service") + ": "
                                + practice.getService().getTitle().in(locale),
                        "- " + text(texts, "filled.sent") + ": "
                                + (practice.getSentAt() == null
                                        ? "-"
                                        : SENT.format(practice.getSentAt().atZone(Clocks.ITALY))),
                        "- " + text(texts, "filled.version") + ": "
                                + practice.getForm().getNumber())));
        String applicant = practice.getApplicant().fullName() + " ("
                + practice.getApplicant().getFiscalCode() + ")";
        StringBuilder people = new StringBuilder("- " + text(texts, "filled.applicant") + ": " + applicant);
        Draft draft = practice.getApplication();
        people.append("\n- ").append(text(texts, "filled.email")).append(": ").append(draft.getApplicantEmail());
        if (draft.getApplicantPhone() != null) {
            people.append("\n- ")
                    .append(text(texts, "filled.phone"))
                    .append(": ")
                    .append(draft.getApplicantPhone());
        }
        if (draft.getRole() == ApplicantRole.DELEGATE && draft.getBeneficiary() != null) {
            people.append("\n- ")
                    .append(text(texts, "filled.beneficiary"))
                    .append(": ")
                    .append(draft.getBeneficiary().fullName())
                    .append(" (")
                    .append(draft.getBeneficiary().getFiscalCode())
                    .append(")");
        }
        sections.add(new TextDocument.Section(text(texts, "filled.people"), people.toString()));
        for (FormSummary.Part part : FormSummary.of(definition, data, locale)) {
            sections.add(new TextDocument.Section(
                    part.title(),
                    part.lines().stream()
                            .map(line -> "- " + line.label() + ": " + line.value())
                            .collect(Collectors.joining("\n"))));
        }
        String title = text(texts, "filled.title") + " – "
                + practice.getService().getTitle().in(locale);
        return TextDocument.render(municipality, title, locale.getLanguage(), sections);
    }

    private static String text(Texts texts, String key) {
        return texts.has(key) ? texts.get(key) : key;
    }
}
