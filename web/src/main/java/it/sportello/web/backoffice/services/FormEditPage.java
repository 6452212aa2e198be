package it.sportello.web.backoffice.services;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Service;
import it.sportello.form.boundary.Forms;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.control.FormMessages;
import it.sportello.form.entity.FormVersion;
import it.sportello.municipality.Municipality;
import it.sportello.web.form.FormState;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /backoffice/servizi/modulo.xhtml?servizio=<code>}: administrators edit a
 * service's form as JSON, see it rendered as citizens will while they type (or every problem of
 * the definition, with where it is), try its rules, and publish it as a new version.
 */
@Named
@ViewScoped
public class FormEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a service without a form starts from. */
    static final String STARTER = """
            {
              "sections": [
                {
                  "id": "dati",
                  "title": {"it": "Dati della richiesta", "en": "Request details", "de": "Angaben zum Antrag"},
                  "fields": [
                    {"id": "oggetto", "kind": "TEXT", "required": true, "maxLength": 200,
                     "label": {"it": "Oggetto", "en": "Subject", "de": "Betreff"}}
                  ]
                }
              ]
            }
            """;

    @EJB
    Catalog catalog;

    @EJB
    Forms forms;

    @Inject
    Municipality municipality;

    @Inject
    LocaleSelection locale;

    @Inject
    Clock clock;

    private String code;
    /** Read in this request; where the view is restored on another node, read again by its code. */
    private transient Service service;

    private String definition;
    private List<String> problems = List.of();
    private FormState preview;
    private transient List<FormVersion> versions;
    private transient Map<String, Part> parts;

    public void load() {
        if (definition != null) {
            return;
        }
        service = code == null ? null : catalog.service(code).orElse(null);
        if (service == null) {
            Faces.responseSendError(404, "");
            return;
        }
        definition = forms.current(code).map(FormVersion::getDefinition).orElse(STARTER);
        preview();
    }

    /** Reads the definition again: its problems, or its preview. */
    public void preview() {
        problems = FormDefinitions.problems(definition).stream()
                .map(problem -> FormMessages.render(problem, locale.getLocale()))
                .toList();
        preview = problems.isEmpty() ? new FormState(definition, municipality.comuni()) : null;
    }

    /** Runs the form's rules on what was typed in the preview, as they will run for citizens. */
    public void tryRules() throws IOException {
        if (preview == null) {
            return;
        }
        for (Map.Entry<String, Part> upload : getParts().entrySet()) {
            preview.attach(upload.getKey(), upload.getValue());
        }
        if (preview.checkAll(locale.getLocale(), clock)) {
            Messages.addGlobalInfo("form_edit.rules.passed");
        } else {
            Messages.addGlobalError("form_edit.rules.failed");
        }
    }

    public void publish() {
        preview();
        if (!problems.isEmpty()) {
            Messages.addGlobalError("form.definition.invalid", problems.size());
            return;
        }
        FormVersion version = forms.publish(code, definition);
        definition = version.getDefinition();
        versions = null;
        Messages.addGlobalInfo("form_edit.published", version.getNumber());
    }

    public List<FormVersion> getVersions() {
        if (versions == null) {
            versions = forms.versions(code);
        }
        return versions;
    }

    /** When a version was published, in Italian time. */
    public String published(FormVersion version) {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(version.getPublishedAt().atZone(it.sportello.platform.time.Clocks.ITALY));
    }

    public Service getService() {
        if (service == null && definition != null) {
            service = catalog.service(code).orElseThrow();
        }
        return service;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public List<String> getProblems() {
        return problems;
    }

    public FormState getPreview() {
        return preview;
    }

    /** The files chosen in the preview's file fields, by field id, for the try in progress. */
    public Map<String, Part> getParts() {
        if (parts == null) {
            parts = new HashMap<>();
        }
        return parts;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
