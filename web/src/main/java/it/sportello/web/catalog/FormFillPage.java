package it.sportello.web.catalog;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.AccessLevel;
import it.sportello.catalog.entity.Service;
import it.sportello.form.boundary.Forms;
import it.sportello.form.control.Field;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.PostalAddress;
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.entity.Address;
import it.sportello.identity.entity.Citizen;
import it.sportello.web.citizen.CurrentCitizen;
import it.sportello.web.form.FormState;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /servizi/compila.xhtml?servizio=<code>}: a citizen fills the current
 * version of a service's form one section at a time, each checked on the server before the next,
 * then reads the summary. The form starts filled with what the profile knows (e-mail, phone,
 * residence).
 */
@Named
@ViewScoped
public class FormFillPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Catalog catalog;

    @EJB
    Forms forms;

    @Inject
    CurrentCitizen citizen;

    @Inject
    LocaleSelection locale;

    @Inject
    Clock clock;

    private String code;
    private Service service;
    private int formVersion;
    private FormState state;
    private boolean reviewing;
    private boolean levelTooLow;
    private transient Map<String, Part> parts;

    public void load() throws IOException {
        if (state != null) {
            return;
        }
        service = code == null ? null : catalog.service(code).orElse(null);
        FormVersion version = service == null ? null : forms.current(code).orElse(null);
        if (version == null || service.isExternal()) {
            Faces.responseSendError(404, "");
            return;
        }
        if (service.getAccessLevel().requiresLogin() && !citizen.isLoggedIn()) {
            String back = ServiceCardPage.START_PATH + "?servizio=" + code;
            Faces.redirect(Faces.getRequestContextPath() + "/accedi.xhtml?torna=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        AccessLevel proven = citizen.find().filter(c -> c.getLastAuthMethod() != null)
                .map(c -> c.getLastAuthMethod().level(c.getLastAuthLevel()))
                .orElse(AccessLevel.ANONYMOUS);
        if (!service.getAccessLevel().isSatisfiedBy(proven)) {
            levelTooLow = true;
            return;
        }
        formVersion = version.getNumber();
        state = new FormState(version.getDefinition());
        citizen.find().ifPresent(this::prefill);
    }

    /** The first e-mail, phone and address fields start from the profile. */
    private void prefill(Citizen person) {
        boolean email = false;
        boolean phone = false;
        boolean address = false;
        for (Field field : state.getDefinition().fields()) {
            if (field.kind() == FieldKind.EMAIL && !email) {
                state.prefill(field.id(), person.getContacts().getEmail());
                email = true;
            } else if (field.kind() == FieldKind.PHONE && !phone) {
                String number = person.getContacts().getMobile() != null ? person.getContacts().getMobile() : person.getContacts().getPhone();
                state.prefill(field.id(), number);
                phone = true;
            } else if (field.kind() == FieldKind.ADDRESS && !address && person.getResidence() != null) {
                prefillAddress(field.id(), person.getResidence());
                address = true;
            }
        }
    }

    private void prefillAddress(String fieldId, Address residence) {
        Map<String, String> parts = state.address(fieldId);
        parts.putIfAbsent(PostalAddress.STREET, residence.getStreet());
        parts.putIfAbsent(PostalAddress.NUMBER, residence.getNumber());
        parts.putIfAbsent(PostalAddress.PROVINCE, residence.getProvince());
        parts.putIfAbsent(PostalAddress.COMUNE, residence.getCity());
        parts.putIfAbsent(PostalAddress.CAP, residence.getPostcode());
    }

    public boolean isOpen() {
        return service.acceptsRequestsOn(LocalDate.now(clock));
    }

    public void next() throws IOException {
        attachUploads();
        boolean wasLast = state.isLast();
        if (state.next(locale.getLocale(), clock)) {
            reviewing = wasLast;
        } else {
            Messages.addGlobalError("form.fix");
        }
    }

    public void back() {
        if (reviewing) {
            reviewing = false;
        } else {
            state.back();
        }
    }

    /** From the summary, back to one section to change it. */
    public void change(int index) {
        reviewing = false;
        state.goTo(index);
    }

    private void attachUploads() throws IOException {
        for (Map.Entry<String, Part> upload : getParts().entrySet()) {
            state.attach(upload.getKey(), upload.getValue());
        }
        getParts().clear();
    }

    public Map<String, Part> getParts() {
        if (parts == null) {
            parts = new HashMap<>();
        }
        return parts;
    }

    public Service getService() {
        return service;
    }

    public FormState getState() {
        return state;
    }

    public int getFormVersion() {
        return formVersion;
    }

    /** The citizen logged in with less assurance than the service asks (e.g. SPID level 1 for a CIE service). */
    public boolean isLevelTooLow() {
        return levelTooLow;
    }

    public boolean isReviewing() {
        return reviewing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
