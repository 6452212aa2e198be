package it.sportello.web;

import java.util.Iterator;
import java.util.Locale;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;

import org.omnifaces.util.Messages;

import it.sportello.platform.BusinessException;
import it.sportello.web.i18n.BundleMessages;

/**
 * Turns a refusal of the business rules into a message on the same page, in the reader's
 * language, with everything they typed still there: a {@link BusinessException} by its message
 * key, a {@link ConstraintViolationException} from a boundary by the message of each broken
 * constraint, interpolated again in the reader's language: a boundary validates its parameters
 * in the language of the server, which is nobody's. Anything else is left to the next handler
 * (the error page).
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable cause = events.next().getContext().getException();
            if (report(faces, cause)) {
                events.remove();
                faces.validationFailed();
            }
        }
        getWrapped().handle();
    }

    private static boolean report(FacesContext faces, Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refusal) {
                Messages.addGlobalError(refusal.messageKey(), refusal.parameters());
                return true;
            }
            if (cause instanceof ConstraintViolationException invalid) {
                Locale locale = BundleMessages.readerLocale();
                for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                    faces.addMessage(
                            null,
                            new jakarta.faces.application.FacesMessage(
                                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                                    text(violation, locale),
                                    null));
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The constraint's message in the reader's language, from {@code ValidationMessages} (ours
     * cover every standard constraint too), with its attributes ({@code {max}}) filled in.
     */
    static String text(ConstraintViolation<?> violation, Locale locale) {
        MessageInterpolator interpolator =
                CDI.current().select(ValidatorFactory.class).get().getMessageInterpolator();
        return interpolator.interpolate(
                violation.getMessageTemplate(),
                new MessageInterpolator.Context() {
                    @Override
                    public ConstraintDescriptor<?> getConstraintDescriptor() {
                        return violation.getConstraintDescriptor();
                    }

                    @Override
                    public Object getValidatedValue() {
                        return violation.getInvalidValue();
                    }

                    @Override
                    public <T> T unwrap(Class<T> type) {
                        throw new ValidationException("No " + type.getName() + " here");
                    }
                },
                locale);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
