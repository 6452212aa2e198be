package it.sportello.web.backoffice.practices;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.form.boundary.Forms;
import it.sportello.form.control.Field;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.control.Option;
import it.sportello.practice.boundary.DeskList;
import it.sportello.practice.boundary.Routings;
import it.sportello.practice.entity.ServiceRouting;

/**
 * Backing bean of {@code /backoffice/pratiche/assegnazione.xhtml?servizio=<code>} ("Assegnazione
 * automatica", managers): the rules that send an arriving practice of the service to an office by
 * the value of a select or radio field of its form. The first rule that matches wins.
 */
@Named
@ViewScoped
public class RoutingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DeskList deskList;

    @EJB
    Routings routings;

    @EJB
    Forms forms;

    @EJB
    Catalog catalog;

    private String serviceCode;
    /** Read in this request; where the view is restored on another node, read again by the code. */
    private transient Service service;

    private transient List<ServiceRouting> rules;
    /** Read again from the service's current form when the page comes back from elsewhere. */
    private transient List<Field> choiceFields;

    private String fieldId;
    private String value;
    private String officeCode;

    public void load() {
        service = null;
        rules = null;
        if (serviceCode != null && !serviceCode.isBlank() && getService() == null) {
            Faces.responseSendError(404, "");
            return;
        }
        choiceFields = null;
    }

    private List<Field> choiceFields() {
        if (choiceFields == null) {
            choiceFields = getService() == null
                    ? List.of()
                    : forms.current(serviceCode)
                            .map(form -> FormDefinitions.parse(form.getDefinition()).fields().stream()
                                    .filter(f -> f.kind() == FieldKind.SELECT || f.kind() == FieldKind.RADIO)
                                    .toList())
                            .orElse(List.of());
        }
        return choiceFields;
    }

    public void add() {
        routings.addRouting(serviceCode, fieldId, value, officeCode);
        Messages.addGlobalInfo("desk_routing.added");
        fieldId = null;
        value = null;
        officeCode = null;
        load();
    }

    public void remove(ServiceRouting rule) {
        routings.removeRouting(rule.getId());
        Messages.addGlobalInfo("desk_routing.removed");
        load();
    }

    /** The options of the chosen field, to pick the value from. */
    public List<Option> getOptions() {
        return choiceFields().stream()
                .filter(f -> f.id().equals(fieldId))
                .findFirst()
                .map(Field::options)
                .orElse(List.of());
    }

    /** A rule's field and value as people read them: the field's label and the option's label. */
    public String describe(ServiceRouting rule, java.util.Locale locale) {
        return choiceFields().stream()
                .filter(f -> f.id().equals(rule.getFieldId()))
                .findFirst()
                .map(f -> f.label().in(locale) + " = "
                        + f.option(rule.getFieldValue())
                                .map(o -> o.label().in(locale))
                                .orElse(rule.getFieldValue()))
                .orElse(rule.getFieldId() + " = " + rule.getFieldValue());
    }

    public List<Service> getServices() {
        return deskList.services();
    }

    public List<Office> getOffices() {
        return catalog.offices();
    }

    /** The chosen service, among those the operator is enabled for. */
    public Service getService() {
        if (service == null && serviceCode != null) {
            service = deskList.services().stream()
                    .filter(s -> s.getCode().equals(serviceCode))
                    .findFirst()
                    .orElse(null);
        }
        return service;
    }

    public List<ServiceRouting> getRules() {
        if (rules == null) {
            rules = getService() == null ? List.of() : routings.routings(serviceCode);
        }
        return rules;
    }

    public List<Field> getChoiceFields() {
        return choiceFields();
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getFieldId() {
        return fieldId;
    }

    public void setFieldId(String fieldId) {
        this.fieldId = fieldId;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getOfficeCode() {
        return officeCode;
    }

    public void setOfficeCode(String officeCode) {
        this.officeCode = officeCode;
    }
}
