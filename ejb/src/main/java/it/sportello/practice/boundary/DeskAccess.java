package it.sportello.practice.boundary;

import java.util.Locale;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.boundary.Caller;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.platform.BusinessException;
import it.sportello.practice.entity.DeskAction;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeRefusedException;

/**
 * What the desk's boundaries ({@link PracticeDesk}, {@link DeskList}, {@link OnBehalfDesk},
 * {@link Routings}) share: who the operator calling is, which practices and services they may
 * reach, and the event each action fires once done. A practice of a service the operator is not
 * enabled for is as unknown as one that does not exist, whichever boundary is asked.
 * <p>
 * Not an EJB on purpose: it is part of the boundary's call that uses it, in the same transaction
 * and persistence context, and its refusals reach the caller as they were thrown.
 */
@Dependent
class DeskAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PracticeDeskEvent> done;

    @Inject
    Caller caller;

    /** The staff account of the member of staff calling the boundary. */
    StaffAccount operator() {
        return operator(caller.staff());
    }

    /** The staff account with that username, in any case; an unknown one is refused. */
    StaffAccount operator(String username) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("practice.desk.operator.unknown"));
    }

    /** The practice, if the operator is enabled for its service and it was sent (or started by the desk). */
    Practice visible(StaffAccount who, String reference) {
        return em.createNamedQuery(Practice.BY_REFERENCE, Practice.class)
                .setParameter("reference", reference)
                .getResultStream()
                .filter(p -> who.isEnabledFor(p.getService()))
                .filter(p -> !p.isDraft() || p.getCreatedByOperator() != null)
                .findFirst()
                .orElseThrow(UnknownPracticeException::new);
    }

    /** A service the operator is enabled for; any other is as unknown as a wrong code. */
    Service service(StaffAccount who, String code) {
        return em.createNamedQuery(Service.BY_CODE, Service.class)
                .setParameter("code", code)
                .getResultStream()
                .filter(who::isEnabledFor)
                .findFirst()
                .orElseThrow(() -> new BusinessException("catalog.code.unknown", code));
    }

    /** The form the service takes requests with today; a service without one is closed. */
    FormVersion currentForm(Service service) {
        return em.createNamedQuery(FormVersion.OF_SERVICE, FormVersion.class)
                .setParameter("service", service)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new PracticeRefusedException("practice.service.closed"));
    }

    Office office(String code) {
        return em.createNamedQuery(Office.BY_CODE, Office.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("catalog.office.unknown", code));
    }

    /** Tells the citizen and the service's operators of the operator's action, once it has committed. */
    Practice notified(Practice practice, DeskAction.Kind kind, StaffAccount who) {
        done.fire(new PracticeDeskEvent(practice.getReference(), kind, who.getUsername()));
        return practice;
    }
}
