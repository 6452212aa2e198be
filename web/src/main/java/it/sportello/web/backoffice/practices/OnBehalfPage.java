package it.sportello.web.backoffice.practices;

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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.omnifaces.util.Messages;

import it.sportello.catalog.entity.Service;
import it.sportello.form.boundary.Forms;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.municipality.Municipality;
import it.sportello.practice.boundary.DeskList;
import it.sportello.practice.boundary.OnBehalfDesk;
import it.sportello.practice.entity.Practice;
import it.sportello.web.form.FormState;
import it.sportello.web.i18n.LocaleSelection;
import it.sportello.web.retry.RetriedOnConflict;

/**
 * Backing bean of {@code /backoffice/pratiche/nuova.xhtml} ("Nuova pratica per conto di un
 * cittadino"): the operator chooses a service and finds the citizen by name, surname or codice
 * fiscale (or types the data of a citizen the desk does not know yet), then fills the service's
 * form with them — every section on one page, checked by the same rules as the citizen's wizard —
 * and sends it. The practice is the citizen's: it shows in their personal area.
 */
@Named
@ViewScoped
public class OnBehalfPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many citizens a search lists. */
    static final int FOUND = 20;

    @EJB
    DeskList deskList;

    @EJB
    OnBehalfDesk onBehalf;

    @EJB
    Forms forms;

    @Inject
    Municipality municipality;

    @Inject
    LocaleSelection locale;

    @Inject
    Clock clock;

    private String serviceCode;
    private String search;
    /** The text last searched for: the citizens found are read again where the view is restored on another node. */
    private String searched;

    private transient List<Citizen> found;

    // a citizen the desk does not know yet
    private FiscalCode fiscalCode;

    @Size(max = 100)
    private String givenName;

    @Size(max = 100)
    private String familyName;

    // the practice being filled
    private String reference;
    private String applicant;
    private FormState state;

    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 40)
    private String phone;

    private boolean privacyShown;
    private final HashMap<String, Part> parts = new HashMap<>();

    public void find() {
        searched = search;
        found = null;
        if (getFound().isEmpty()) {
            Messages.addGlobalInfo("desk_new.notFound");
        }
    }

    /** Starts the practice for a citizen of the list. */
    public void choose(Citizen citizen) {
        start(citizen.getFiscalCode(), null);
    }

    /** Starts the practice for a citizen the desk does not know: they are created with the typed data. */
    public void createAndStart() {
        if (fiscalCode == null
                || givenName == null
                || givenName.isBlank()
                || familyName == null
                || familyName.isBlank()) {
            Messages.addGlobalError("desk_new.citizen.required");
            return;
        }
        start(
                fiscalCode,
                new PersonalData(
                        givenName.strip(),
                        familyName.strip(),
                        null,
                        null,
                        null,
                        blankToNull(email),
                        blankToNull(phone)));
    }

    private void start(FiscalCode citizen, PersonalData ifNew) {
        if (serviceCode == null || serviceCode.isBlank()) {
            Messages.addGlobalError("desk_new.service.required");
            return;
        }
        Practice practice = onBehalf.startOnBehalf(serviceCode, citizen, ifNew);
        reference = practice.getReference();
        applicant = practice.getApplicant().fullName() + " - " + citizen;
        email = practice.getApplicant().getContacts().getEmail();
        phone = practice.getApplicant().getContacts().getMobile();
        state = new FormState(practice.getForm().getDefinition(), municipality.comuni());
    }

    /**
     * Keeps the files chosen (on the draft, once they fit their fields), checks the whole form and
     * sends the practice; the errors show next to their fields, and the files kept stay for the
     * next try.
     */
    @RetriedOnConflict
    public String send() throws IOException {
        for (Map.Entry<String, Part> chosen : parts.entrySet()) {
            String fieldId = chosen.getKey();
            state.take(
                    fieldId,
                    chosen.getValue(),
                    upload -> FormState.kept(onBehalf.attachOnBehalf(reference, fieldId, upload), upload.bytes()));
        }
        parts.clear();
        if (!state.checkAll(locale.getLocale(), clock)) {
            Messages.addGlobalError("desk_new.form.invalid");
            return null;
        }
        Practice sent = onBehalf.sendOnBehalf(reference, privacyShown, email, phone, state.typedInput());
        return PracticeDeskPage.PATH + "?faces-redirect=true&esito=sentOnBehalf&pratica=" + sent.getReference();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<Service> getServices() {
        List<String> withForm = forms.servicesWithForm();
        return deskList.services().stream()
                .filter(service -> withForm.contains(service.getCode()))
                .toList();
    }

    // --- bound values -----------------------------------------------------------------------------

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<Citizen> getFound() {
        if (found == null) {
            found = searched == null || searched.isBlank() ? List.of() : onBehalf.citizens(searched, FOUND);
        }
        return found;
    }

    public FiscalCode getFiscalCode() {
        return fiscalCode;
    }

    public void setFiscalCode(FiscalCode fiscalCode) {
        this.fiscalCode = fiscalCode;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getReference() {
        return reference;
    }

    public String getApplicant() {
        return applicant;
    }

    public FormState getState() {
        return state;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isPrivacyShown() {
        return privacyShown;
    }

    public void setPrivacyShown(boolean privacyShown) {
        this.privacyShown = privacyShown;
    }

    public Map<String, Part> getParts() {
        return parts;
    }
}
