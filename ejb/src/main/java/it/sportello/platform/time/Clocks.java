package it.sportello.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The clock every rule reads the time from, so that rules take "now" as a parameter and tests can
 * pass their own. The municipality lives in Italian time.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ITALY);
    }
}
