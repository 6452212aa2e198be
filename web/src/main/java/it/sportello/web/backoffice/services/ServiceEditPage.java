package it.sportello.web.backoffice.services;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.AccessLevel;
import it.sportello.catalog.entity.Audience;
import it.sportello.catalog.entity.CardSection;
import it.sportello.catalog.entity.Category;
import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.PaymentMode;
import it.sportello.catalog.entity.ServiceStatus;
import it.sportello.catalog.entity.Topic;
import it.sportello.catalog.entity.Workflow;
import it.sportello.form.boundary.ServiceTransfer;

/**
 * Backing bean of {@code /backoffice/servizi/modifica.xhtml?servizio=<code>}: administrators
 * edit a service's settings and its card in Italian, English and German. Without a code the page
 * creates a new service.
 */
@Named
@ViewScoped
public class ServiceEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Catalog catalog;

    @EJB
    ServiceTransfer transfer;

    private String code;
    private ServiceEditor editor;
    private boolean creating;

    public void load() {
        if (editor != null) {
            return;
        }
        creating = code == null || code.isBlank();
        if (creating) {
            editor = new ServiceEditor();
        } else if (catalog.service(code).isPresent()) {
            editor = ServiceEditor.of(transfer.export(code));
        } else {
            Faces.responseSendError(404, "");
        }
    }

    public String save() {
        catalog.save(editor.descriptor());
        Messages.addFlashGlobalInfo("service_edit.saved");
        return "/backoffice/servizi/modifica?faces-redirect=true&servizio=" + editor.getCode();
    }

    public List<String> getLanguages() {
        return ServiceEditor.LANGUAGES;
    }

    public List<CardSection> getSections() {
        return List.of(CardSection.values());
    }

    public ServiceStatus[] getStatuses() {
        return ServiceStatus.values();
    }

    public AccessLevel[] getAccessLevels() {
        return AccessLevel.values();
    }

    public PaymentMode[] getPaymentModes() {
        return PaymentMode.values();
    }

    public Workflow[] getWorkflows() {
        return Workflow.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public List<Office> getOffices() {
        return catalog.offices();
    }

    public List<Category> getCategories() {
        return catalog.categories();
    }

    public List<Topic> getTopics() {
        return catalog.topics();
    }

    public boolean isCreating() {
        return creating;
    }

    public ServiceEditor getEditor() {
        return editor;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
