package it.sportello.booking.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.platform.metrics.Figure;
import it.sportello.platform.metrics.FigureSource;

/** For monitoring: the appointments in each status (a held slot is a draft), from the database. */
@ApplicationScoped
public class AppointmentFigures implements FigureSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Figure> figures() {
        List<Object[]> rows = em.createQuery(
                        "SELECT a.status, COUNT(a) FROM Appointment a GROUP BY a.status", Object[].class)
                .getResultList();
        return List.of(Figure.counted(
                "sportello_appointments",
                "Appointments, by status (DRAFT is a held slot)",
                Figure.Kind.GAUGE,
                "status",
                rows));
    }
}
