package it.sportello.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.boundary.Calendars;
import it.sportello.booking.boundary.Seats;
import it.sportello.booking.control.Slot;
import it.sportello.booking.entity.Calendar;
import it.sportello.booking.entity.OpeningHours;
import it.sportello.booking.entity.Person;
import it.sportello.platform.BusinessException;
import it.sportello.platform.i18n.LocalizedText;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;

/**
 * The booking benchmark, run by {@code bench/run-booking.sh}, not by the build (its name does not
 * end in IT): 1,000 booking attempts from 100 concurrent clients on 50 places (25 slots of two
 * parallel meetings), reporting bookings per second, the latency of an attempt and the
 * overbooking (which must be zero); then the slots of a calendar with 3 opening hours over 60
 * days. It prints {@code BENCH} lines; the only assertions are the guarantee itself.
 */
@ExtendWith(ArquillianExtension.class)
class BookingRaceBench {

    private static final int ATTEMPTS = 1_000;
    private static final int CLIENTS = 100;
    private static final int SLOTS = 25;
    private static final int PARALLEL = 2;

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @EJB
    Bookings bookings;

    @EJB
    Calendars calendars;

    @Inject
    Seats seats;

    @Inject
    Clock clock;

    @Inject
    Callers callers;

    @Resource
    ManagedThreadFactory threads;

    /** A calendar of the benchmark, created by the administrator, who is then the caller. */
    private Calendar calendar(String title, int parallel, OpeningHours... hours) {
        callers.asStaff("admin");
        Calendar calendar = new Calendar(
                "bench-" + UUID.randomUUID().toString().substring(0, 8), LocalizedText.italian(title), null);
        calendar.bookingWindow(0, 90);
        calendar.policy(10, 0, false, true);
        for (OpeningHours h : hours) {
            calendar.open(h);
        }
        return calendars.create(calendar);
    }

    @Test
    void raceForFiftyPlaces() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = today.plusDays(3);
        Calendar calendar = calendar(
                "Gara",
                PARALLEL,
                new OpeningHours(
                        "Mattina",
                        today,
                        today.plusDays(30),
                        EnumSet.allOf(DayOfWeek.class),
                        LocalTime.of(8, 0),
                        LocalTime.of(8, 0).plusMinutes(10L * SLOTS),
                        PARALLEL,
                        10,
                        0));
        List<LocalDateTime> starts = new ArrayList<>();
        for (int i = 0; i < SLOTS; i++) {
            starts.add(day.atTime(8, 0).plusMinutes(10L * i));
        }
        CountDownLatch go = new CountDownLatch(1);
        callers.anonymous();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS, threads);
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            LocalDateTime start = starts.get(i % SLOTS);
            String name = "Cliente" + i;
            results.add(pool.submit(() -> {
                go.await();
                long begin = System.nanoTime();
                boolean booked;
                try {
                    String reference = bookings.hold(calendar.getCode(), Set.of(start));
                    bookings.complete(
                            reference,
                            new Person(null, name, "Bench", null, "bench@example.org", null),
                            "Benchmark",
                            null,
                            "it");
                    booked = true;
                } catch (BusinessException e) {
                    booked = false;
                }
                return new long[] {System.nanoTime() - begin, booked ? 1 : 0};
            }));
        }
        long begin = System.nanoTime();
        go.countDown();
        long[] latencies = new long[ATTEMPTS];
        int booked = 0;
        for (int i = 0; i < ATTEMPTS; i++) {
            long[] result = results.get(i).get(10, TimeUnit.MINUTES);
            latencies[i] = result[0];
            booked += (int) result[1];
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        int overbooked = 0;
        for (LocalDateTime start : starts) {
            overbooked += Math.max(0, seats.taken(calendar.getId(), start, clock.instant()) - PARALLEL);
        }
        Arrays.sort(latencies);
        System.out.printf(
                "BENCH booking-race attempts=%d clients=%d places=%d booked=%d overbooked=%d seconds=%.2f"
                        + " attempts_per_s=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f%n",
                ATTEMPTS,
                CLIENTS,
                SLOTS * PARALLEL,
                booked,
                overbooked,
                seconds,
                ATTEMPTS / seconds,
                latencies[ATTEMPTS / 2] / 1e6,
                latencies[ATTEMPTS * 95 / 100] / 1e6,
                latencies[ATTEMPTS * 99 / 100] / 1e6);
        assertThat(booked).isEqualTo(SLOTS * PARALLEL);
        assertThat(overbooked).isZero();
    }

    @Test
    void slotsOfThreeOpeningHoursOverSixtyDays() {
        LocalDate today = LocalDate.now(clock);
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        Calendar calendar = calendar(
                "Calcolo",
                2,
                new OpeningHours(
                        "Mattine",
                        today,
                        today.plusDays(90),
                        weekdays,
                        LocalTime.of(8, 30),
                        LocalTime.of(12, 30),
                        2,
                        20,
                        0),
                new OpeningHours(
                        "Pomeriggi",
                        today,
                        today.plusDays(90),
                        EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                        LocalTime.of(14, 30),
                        LocalTime.of(17, 30),
                        1,
                        30,
                        10),
                new OpeningHours(
                        "Sabato",
                        today,
                        today.plusDays(90),
                        EnumSet.of(DayOfWeek.SATURDAY),
                        LocalTime.of(9, 0),
                        LocalTime.of(12, 0),
                        3,
                        15,
                        5));
        int runs = 30;
        long[] times = new long[runs];
        int count = 0;
        for (int i = 0; i < runs + 5; i++) {
            long begin = System.nanoTime();
            List<Slot> slots = bookings.slots(calendar.getCode(), today, today.plusDays(59));
            long time = System.nanoTime() - begin;
            if (i >= 5) {
                times[i - 5] = time;
            }
            count = slots.size();
        }
        Arrays.sort(times);
        System.out.printf(
                "BENCH slot-computation days=60 opening_hours=3 slots=%d p50_ms=%.2f p95_ms=%.2f%n",
                count, times[runs / 2] / 1e6, times[runs * 95 / 100] / 1e6);
        assertThat(count).isPositive();
    }
}
