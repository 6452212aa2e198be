package it.sportello.web.converter;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import it.sportello.platform.money.InvalidAmountException;
import it.sportello.platform.money.Money;
import it.sportello.web.i18n.BundleMessages;

/**
 * An amount in euros typed in a page ("12,30", "12.30", "1.234,50"): read whole by
 * {@link Money#parse}, so that a typing error ("12,3x") is a message next to the field, in the
 * reader's language, instead of the number before it. Shown with the reader's decimal separator
 * and no grouping, which reads back as the same amount in every language.
 */
@FacesConverter(forClass = Money.class)
public class MoneyConverter implements Converter<Money> {

    @Override
    public Money getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Money.parse(value);
        } catch (InvalidAmountException e) {
            String text = BundleMessages.text(context.getViewRoot().getLocale(), e.messageKey(), e.parameters());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Money value) {
        return value == null ? "" : typed(value, context.getViewRoot().getLocale());
    }

    /** The amount as a reader of that language types it: "1234,50" in Italian, "1234.50" in English. */
    static String typed(Money amount, Locale locale) {
        return amount.toString()
                .replace('.', DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
    }
}
