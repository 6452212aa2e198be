package it.sportello.mail.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.platform.metrics.Figure;
import it.sportello.platform.metrics.FigureSource;

/** For monitoring: the outbox's mails in each status, from the database. */
@ApplicationScoped
public class OutboxFigures implements FigureSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Figure> figures() {
        List<Object[]> rows = em.createQuery(
                        "SELECT m.status, COUNT(m) FROM OutgoingMail m GROUP BY m.status", Object[].class)
                .getResultList();
        return List.of(Figure.counted(
                "sportello_outbox_mails",
                "Mails in the outbox, by status (waiting, sent, failed)",
                Figure.Kind.GAUGE,
                "status",
                rows));
    }
}
