package it.sportello.identity.control;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import it.sportello.platform.metrics.Figure;
import it.sportello.platform.metrics.FigureSource;

/**
 * Logins refused since this node started, staff (a wrong or throttled password) and citizens (an
 * identity provider's answer the desk did not accept), for monitoring: a sudden rise is someone
 * guessing passwords, or a provider that changed. Counted in memory, per node.
 */
@ApplicationScoped
public class LoginFailures implements FigureSource {

    private final AtomicLong staff = new AtomicLong();
    private final AtomicLong citizens = new AtomicLong();

    public void staff() {
        staff.incrementAndGet();
    }

    public void citizen() {
        citizens.incrementAndGet();
    }

    @Override
    public List<Figure> figures() {
        return List.of(new Figure(
                "sportello_login_failures_total",
                "Logins refused since this node started, by kind of login",
                Figure.Kind.COUNTER,
                List.of(
                        new Figure.Value(Map.of("kind", "staff"), staff.get()),
                        new Figure.Value(Map.of("kind", "citizen"), citizens.get()))));
    }
}
