package it.sportello.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.practice.boundary.PracticeDesk;
import it.sportello.practice.entity.InternalNote;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;

/**
 * A boundary parameter refused by a standard constraint is reported in the reader's language,
 * with the constraint's values filled in, never in the server's ("must not be blank").
 */
@ExtendWith(ArquillianExtension.class)
class ConstraintMessagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @EJB
    PracticeDesk desk;

    @Inject
    Callers callers;

    @BeforeEach
    void anOperatorHasLoggedIn() {
        callers.asStaff("operatore");
    }

    @Test
    void aBlankParameterIsARequiredFieldInEveryLanguage() {
        ConstraintViolation<?> blank = violation(() -> desk.note(" ", "Richiamare"));

        assertThat(BusinessExceptionHandler.text(blank, Locale.ITALIAN)).isEqualTo("Campo richiesto");
        assertThat(BusinessExceptionHandler.text(blank, Locale.ENGLISH)).isEqualTo("Required field");
        assertThat(BusinessExceptionHandler.text(blank, Locale.GERMAN)).isEqualTo("Pflichtfeld");
    }

    @Test
    void aTooLongTextSaysHowLongItMayBe() {
        ConstraintViolation<?> tooLong =
                violation(() -> desk.note("una-pratica", "x".repeat(InternalNote.TEXT_LENGTH + 1)));

        assertThat(BusinessExceptionHandler.text(tooLong, Locale.ITALIAN))
                .isEqualTo("Lunghezza non valida: da 0 a " + InternalNote.TEXT_LENGTH);
    }

    private static ConstraintViolation<?> violation(ThrowingCallable call) {
        Throwable refused = catchThrowable(call);
        assertThat(refused).hasRootCauseInstanceOf(ConstraintViolationException.class);
        Throwable cause = refused;
        while (!(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        assertThat(((ConstraintViolationException) cause).getConstraintViolations())
                .hasSize(1);
        return ((ConstraintViolationException) cause)
                .getConstraintViolations()
                .iterator()
                .next();
    }
}
