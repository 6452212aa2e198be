package it.sportello.protocol.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.platform.metrics.Figure;
import it.sportello.platform.metrics.FigureSource;

/** For monitoring: the protocol registrations in each status, from the database. */
@ApplicationScoped
public class RegistrationFigures implements FigureSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Figure> figures() {
        List<Object[]> rows = em.createQuery(
                        "SELECT r.status, COUNT(r) FROM ProtocolRegistration r GROUP BY r.status", Object[].class)
                .getResultList();
        return List.of(Figure.counted(
                "sportello_protocol_registrations",
                "Protocol registrations, by status (waiting, registered, given up)",
                Figure.Kind.GAUGE,
                "status",
                rows));
    }
}
