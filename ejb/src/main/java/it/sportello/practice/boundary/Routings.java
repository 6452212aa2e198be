package it.sportello.practice.boundary;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import it.sportello.identity.entity.Roles;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeRefusedException;
import it.sportello.practice.entity.ServiceRouting;

/**
 * Automatic assignment: the rules of a service that send its practices to an office by the value
 * of a select or radio field of the form, kept by managers and administrators, and their use when
 * a practice is sent.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
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
     * arrives with its office. Whoever sends may route: the citizen, the desk for a citizen, or the
     * payment intermediary's notification of a practice waiting for its payment, which comes with
     * no logged-in caller.
     */
    @PermitAll
    public void route(@NotBlank String reference) {
        Practice practice = em.createNamedQuery(Practice.BY_REFERENCE, Practice.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (practice == null || practice.getData() == null) {
            return;
        }
        List<ServiceRouting> rules = em.createNamedQuery(ServiceRouting.OF_SERVICE, ServiceRouting.class)
                .setParameter("service", practice.getService())
                .getResultList();
        if (rules.isEmpty()) {
            return;
        }
        FormData data =
                FormData.fromJson(FormDefinitions.parse(practice.getForm().getDefinition()), practice.getData());
        rules.stream()
                .filter(rule -> rule.matches(rule.getFieldId(), data.get(rule.getFieldId())))
                .findFirst()
                .ifPresent(rule -> practice.desk().route(rule.getOffice(), clock.instant()));
    }

    /**
     * Adds a routing rule of a service: practices whose select or radio field has the value go to
     * the office. For managers and administrators enabled for the service.
     */
    public ServiceRouting addRouting(
            @NotBlank String serviceCode,
            @NotBlank String fieldId,
            @NotBlank String value,
            @NotBlank String officeCode) {
        Service service = access.service(access.operator(), serviceCode);
        FormDefinition definition =
                FormDefinitions.parse(access.currentForm(service).getDefinition());
        definition
                .field(fieldId)
                .filter(f -> f.kind() == FieldKind.SELECT || f.kind() == FieldKind.RADIO)
                .filter(f -> f.option(value).isPresent())
                .orElseThrow(() -> new PracticeRefusedException("practice.desk.routing.field"));
        ServiceRouting rule = new ServiceRouting(service, fieldId, value, access.office(officeCode));
        em.persist(rule);
        return rule;
    }

    /** The routing rules of a service, in the order they are tried. */
    public List<ServiceRouting> routings(@NotBlank String serviceCode) {
        Service service = access.service(access.operator(), serviceCode);
        List<ServiceRouting> rules = em.createNamedQuery(ServiceRouting.OF_SERVICE, ServiceRouting.class)
                .setParameter("service", service)
                .getResultList();
        rules.forEach(rule -> rule.getOffice().getName());
        return rules;
    }

    /** Removes a routing rule of a service the caller is enabled for; practices it routed keep their office. */
    public void removeRouting(@NotNull Long ruleId) {
        ServiceRouting rule = em.find(ServiceRouting.class, ruleId);
        if (rule != null && access.operator().isEnabledFor(rule.getService())) {
            em.remove(rule);
        }
    }
}
