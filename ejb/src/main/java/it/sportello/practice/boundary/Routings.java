package it.sportello.practice.boundary;

import java.time.Clock;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import it.sportello.catalog.entity.Service;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.FormData;
import it.sportello.form.control.FormDefinition;
import it.sportello.form.control.FormDefinitions;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeRefusedException;
import it.sportello.practice.entity.ServiceRouting;

/**
 * Automatic assignment: the rules of a service that send its practices to an office by the value
 * of a select or radio field of the form, kept by managers and administrators, and their use when
 * a practice is sent.
 */
@Stateless
public class Routings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeskAccess access;

    /**
     * Routes a just-sent practice to the office its service's rules name for the value of a
     * select or radio field; the first rule that matches wins. Called by the desk itself when a
     * practice is sent ({@link DeskNotifications}), in the sending's transaction: the practice
     * arrives with its office.
     */
    public void route(@NotBlank String reference) {
        Practice practice = em.createNamedQuery(Practice.BY_REFERENCE, Practice.class).setParameter("reference", reference)
                .getResultStream().findFirst().orElse(null);
        if (practice == null || practice.getData() == null) {
            return;
        }
        List<ServiceRouting> rules = em.createNamedQuery(ServiceRouting.OF_SERVICE, ServiceRouting.class)
                .setParameter("service", practice.getService()).getResultList();
        if (rules.isEmpty()) {
            return;
        }
        FormData data = FormData.fromJson(FormDefinitions.parse(practice.getForm().getDefinition()), practice.getData());
        rules.stream().filter(rule -> rule.matches(rule.getFieldId(), data.get(rule.getFieldId()))).findFirst()
                .ifPresent(rule -> practice.route(rule.getOffice(), clock.instant()));
    }

    /**
     * Adds a routing rule of a service: practices whose select or radio field has the value go to
     * the office. For managers and administrators enabled for the service.
     */
    public ServiceRouting addRouting(@NotBlank String username, @NotBlank String serviceCode, @NotBlank String fieldId,
            @NotBlank String value, @NotBlank String officeCode) {
        StaffAccount who = manager(username);
        Service service = access.service(who, serviceCode);
        FormDefinition definition = FormDefinitions.parse(access.currentForm(service).getDefinition());
        definition.field(fieldId).filter(f -> f.kind() == FieldKind.SELECT || f.kind() == FieldKind.RADIO)
                .filter(f -> f.option(value).isPresent())
                .orElseThrow(() -> new PracticeRefusedException("practice.desk.routing.field"));
        ServiceRouting rule = new ServiceRouting(service, fieldId, value, access.office(officeCode));
        em.persist(rule);
        return rule;
    }

    /** The routing rules of a service, in the order they are tried. */
    public List<ServiceRouting> routings(@NotBlank String username, @NotBlank String serviceCode) {
        Service service = access.service(access.operator(username), serviceCode);
        List<ServiceRouting> rules = em.createNamedQuery(ServiceRouting.OF_SERVICE, ServiceRouting.class)
                .setParameter("service", service).getResultList();
        rules.forEach(rule -> rule.getOffice().getName());
        return rules;
    }

    /** Removes a routing rule; practices it routed keep their office. For managers and administrators. */
    public void removeRouting(@NotBlank String username, @NotNull Long ruleId) {
        StaffAccount who = manager(username);
        ServiceRouting rule = em.find(ServiceRouting.class, ruleId);
        if (rule != null && who.isEnabledFor(rule.getService())) {
            em.remove(rule);
        }
    }

    /** The operator, if a manager or an administrator: only they change the rules. */
    private StaffAccount manager(String username) {
        StaffAccount who = access.operator(username);
        if (!who.isManager() && !who.getRoles().contains(StaffRole.ADMIN)) {
            throw new PracticeRefusedException("practice.desk.routing.not_manager");
        }
        return who;
    }
}
