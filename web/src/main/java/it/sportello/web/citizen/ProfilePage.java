package it.sportello.web.citizen;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.entity.Address;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.Contacts;
import it.sportello.identity.entity.IdentityDocument;

/**
 * Backing bean of {@code /area-personale/profilo.xhtml}. The form edits copies of the citizen's
 * contacts, addresses and document; "Salva" hands them to {@link Citizens#updateProfile}. A
 * domicile asserted by the digital identity is shown, not edited (and the citizen keeps it anyway).
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCitizen current;

    @EJB
    Citizens citizens;

    /** Read in this request (or saved in it); where the view is restored elsewhere, read again. */
    private transient Citizen citizen;

    private Contacts contacts;
    private Address residence;
    private Address domicile;
    private IdentityDocument document;

    @PostConstruct
    void load() {
        citizen = current.get();
        contacts = citizen.getContacts();
        residence = citizen.getResidence();
        domicile = citizen.getDomicile();
        document = citizen.getIdentityDocument();
    }

    public void copyResidenceToDomicile() {
        if (!isDomicileFromIdentity()) {
            domicile = new Address(residence);
        }
    }

    public void copyDomicileToResidence() {
        residence = new Address(domicile);
    }

    public void save() {
        citizen = citizens.updateProfile(contacts, residence, domicile, document);
        Messages.addGlobalInfo("profile.saved");
    }

    public IdentityDocument.Kind[] getDocumentKinds() {
        return IdentityDocument.Kind.values();
    }

    public boolean isDomicileFromIdentity() {
        return getCitizen().isDomicileFromIdentity();
    }

    public Citizen getCitizen() {
        if (citizen == null) {
            citizen = current.get();
        }
        return citizen;
    }

    public Contacts getContacts() {
        return contacts;
    }

    public Address getResidence() {
        return residence;
    }

    public Address getDomicile() {
        return domicile;
    }

    public IdentityDocument getDocument() {
        return document;
    }
}
