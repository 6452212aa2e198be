package it.sportello.web;

import java.util.Iterator;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.omnifaces.util.Messages;

import it.sportello.platform.BusinessException;

/**
 * Turns a refusal of the business rules into a message on the same page, in the reader's
 * language, with everything they typed still there: a {@link BusinessException} by its message
 * key, a {@link ConstraintViolationException} from a boundary by the key of each broken
 * constraint. Anything else is left to the next handler (the error page).
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
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
                Locale locale = faces.getViewRoot().getLocale();
                for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                    faces.addMessage(null, new jakarta.faces.application.FacesMessage(
                            jakarta.faces.application.FacesMessage.SEVERITY_ERROR, text(violation, locale), null));
                }
                return true;
            }
        }
        return false;
    }

    /** The constraint's own message in the reader's language, when its template is a key of ours. */
    private static String text(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            try {
                return ResourceBundle.getBundle("ValidationMessages", locale).getString(template.substring(1, template.length() - 1));
            } catch (MissingResourceException e) {
                // a built-in constraint: its message is already interpolated
            }
        }
        return violation.getMessage();
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
