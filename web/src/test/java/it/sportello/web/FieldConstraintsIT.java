package it.sportello.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.booking.boundary.CalendarSettings;
import it.sportello.testing.Deployments;
import it.sportello.web.backoffice.calendars.CalendarEditPage;
import it.sportello.web.backoffice.calendars.SchedulePage;
import it.sportello.web.backoffice.practices.PracticeDeskPage;
import it.sportello.web.backoffice.practices.StatisticsPage;
import it.sportello.web.backoffice.services.ServiceEditor;
import it.sportello.web.booking.PersonForm;

/**
 * The checks the server makes on fields of the forms, whatever the browser let
 * through: Faces runs these constraints on each value before the page's action, and says a broken
 * one next to its field. Each message is one of ours, found in the running application's
 * ValidationMessages.
 */
@ExtendWith(ArquillianExtension.class)
class FieldConstraintsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    Validator validator;

    @Test
    void theNumberOfStampsOnReleaseIsFromZeroToTen() {
        assertThat(violations(PracticeDeskPage.class, "releaseStamps", -1))
                .containsExactly("{release_charges.stamps.min}");
        assertThat(violations(PracticeDeskPage.class, "releaseStamps", 11))
                .containsExactly("{release_charges.stamps.max}");
        assertThat(violations(PracticeDeskPage.class, "releaseStamps", 0)).isEmpty();
        assertThat(violations(PracticeDeskPage.class, "releaseStamps", 10)).isEmpty();
    }

    @Test
    void theNumbersOfACalendarAndOfItsOpeningHoursHaveTheirLowerBounds() {
        assertThat(violations(CalendarSettings.class, "noticeHours", -1))
                .containsExactly("{calendar.notice_hours.min}");
        assertThat(violations(CalendarSettings.class, "daysAhead", 0)).containsExactly("{calendar.days_ahead.min}");
        assertThat(violations(CalendarSettings.class, "maxPerWeek", 0)).containsExactly("{calendar.limit.min}");
        assertThat(violations(CalendarSettings.class, "maxPerWeek", null)).isEmpty();
        assertThat(violations(CalendarEditPage.class, "parallel", 0)).containsExactly("{opening_hours.parallel.min}");
        assertThat(violations(CalendarEditPage.class, "intervalMinutes", -5))
                .containsExactly("{opening_hours.interval.min}");
        assertThat(violations(ServiceEditor.class, "maxResponseDays", 366))
                .containsExactly("{service.max_response_days.max}");
        assertThat(violations(StatisticsPage.class, "toYear", 1_000_000_000)).containsExactly("{statistics.year.max}");
        assertThat(violations(StatisticsPage.class, "fromYear", 1999)).containsExactly("{statistics.year.min}");
    }

    @Test
    void linksAreAbsoluteWebAddresses() {
        assertThat(violations(SchedulePage.class, "videoLink", "not a url")).containsExactly("{url.invalid}");
        assertThat(violations(SchedulePage.class, "videoLink", "https://meet.example.org/sportello-42"))
                .isEmpty();
        assertThat(violations(SchedulePage.class, "videoLink", "")).isEmpty();
        assertThat(violations(ServiceEditor.class, "externalUrl", "www.anagrafenazionale.interno.it"))
                .containsExactly("{url.invalid}");
    }

    @Test
    void whomAnAppointmentIsForHasAnEmailAddressAndNamesThatFit() {
        assertThat(violations(PersonForm.class, "email", "teresa@example")).containsExactly("{contacts.email.invalid}");
        assertThat(violations(PersonForm.class, "email", " teresa@example.org "))
                .isEmpty();
        assertThat(violations(PersonForm.class, "givenName", "T".repeat(101))).containsExactly("{text.too_long}");
        assertThat(violations(SchedulePage.class, "reason", "r".repeat(501))).containsExactly("{text.too_long}");
        assertThat(violations(CalendarSettings.class, "contactEmail", "anagrafe.comune.example"))
                .containsExactly("{contacts.email.invalid}");
    }

    @Test
    void theMessagesAreOursInEachLanguage() {
        ConstraintViolation<PracticeDeskPage> negative = validator
                .validateValue(PracticeDeskPage.class, "releaseStamps", -1)
                .iterator()
                .next();
        assertThat(negative.getMessage())
                .as("resolved from the application's ValidationMessages")
                .doesNotContain("{", "}");

        assertThat(messages(Locale.ITALIAN).getString("release_charges.stamps.min"))
                .isEqualTo("Il numero di marche da bollo non può essere negativo");
        assertThat(messages(Locale.ENGLISH).getString("release_charges.stamps.max"))
                .isEqualTo("At most {value} stamp duties");
        assertThat(messages(Locale.GERMAN).getString("url.invalid"))
                .startsWith("Geben Sie eine vollständige Adresse ein");
    }

    private <T> List<String> violations(Class<T> type, String property, Object value) {
        return validator.validateValue(type, property, value).stream()
                .map(ConstraintViolation::getMessageTemplate)
                .toList();
    }

    private static ResourceBundle messages(Locale language) {
        return ResourceBundle.getBundle(
                "ValidationMessages", language, Thread.currentThread().getContextClassLoader());
    }
}
