package it.sportello.payment.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.platform.metrics.Figure;
import it.sportello.platform.metrics.FigureSource;

/** For monitoring: the pagoPA payments in each state, from the database. */
@ApplicationScoped
public class PaymentFigures implements FigureSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Figure> figures() {
        List<Object[]> rows = em.createQuery("SELECT p.state, COUNT(p) FROM Payment p GROUP BY p.state", Object[].class)
                .getResultList();
        return List.of(
                Figure.counted("sportello_payments", "pagoPA payments, by state", Figure.Kind.GAUGE, "state", rows));
    }
}
