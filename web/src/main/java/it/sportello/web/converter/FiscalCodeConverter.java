package it.sportello.web.converter;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.InvalidFiscalCodeException;
import it.sportello.web.i18n.BundleMessages;

/**
 * A codice fiscale typed in a page: upper-cased and checked (check character, omocodia); a wrong
 * one is a message next to the field, in the reader's language.
 */
@FacesConverter(forClass = FiscalCode.class)
public class FiscalCodeConverter implements Converter<FiscalCode> {

    @Override
    public FiscalCode getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FiscalCode.of(value.strip());
        } catch (InvalidFiscalCodeException e) {
            String text = BundleMessages.text(context.getViewRoot().getLocale(), e.messageKey());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, FiscalCode value) {
        return value == null ? "" : value.toString();
    }
}
