package it.sportello.platform.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import it.sportello.platform.Reachability;

/**
 * An outside system the desk relies on, in the readiness answer, by name. It never makes the
 * instance unready: mails wait in the outbox, and registrations and payment receipts are tried
 * again by the jobs, so a load balancer should keep sending citizens to the desk. The answer's
 * data says {@code state: ok} or {@code state: degraded} with the kind of failure, which is what
 * monitoring should alert on.
 *
 * <p>The system is asked at most once every {@code sportello.health.outside-every}: a load
 * balancer that asks every second does not knock on the SMTP server every second.
 */
public abstract class OutsideSystemReadiness implements HealthCheck {

    static final String OK = "ok";
    static final String DEGRADED = "degraded";

    @Inject
    @ConfigProperty(name = "sportello.health.outside-every")
    Duration every;

    /** Wall time, not the application's clock: tests move that one, and a cache must not go back. */
    Clock clock = Clock.systemUTC();

    private volatile Checked last;

    private record Checked(Reachability reachability, Instant at) {}

    /** The check's name in the answer, e.g. {@code mail-server}. */
    protected abstract String name();

    /** Asks the system now. */
    protected abstract Reachability probe();

    @Override
    public HealthCheckResponse call() {
        Instant now = clock.instant();
        Checked checked = last;
        if (checked == null || !now.isBefore(checked.at().plus(every))) {
            checked = new Checked(probe(), now);
            last = checked;
        }
        return HealthCheckResponse.named(name())
                .up()
                .withData("state", checked.reachability().reachable() ? OK : DEGRADED)
                .withData("detail", checked.reachability().detail())
                .withData("checked", checked.at().toString())
                .build();
    }
}
