package it.sportello.practice.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.platform.metrics.Figure;
import it.sportello.platform.metrics.FigureSource;

/** For monitoring: the practices sent, per service, from the database. */
@ApplicationScoped
public class PracticeFigures implements FigureSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Figure> figures() {
        List<Object[]> rows = em.createQuery(
                        "SELECT p.service.code, COUNT(p) FROM Practice p WHERE p.sentAt IS NOT NULL GROUP BY p.service.code",
                        Object[].class)
                .getResultList();
        return List.of(Figure.counted(
                "sportello_practices_sent_total", "Practices sent, by service", Figure.Kind.COUNTER, "service", rows));
    }
}
