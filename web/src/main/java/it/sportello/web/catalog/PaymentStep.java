package it.sportello.web.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import it.sportello.form.control.RequiredStampDuty;
import it.sportello.payment.boundary.Payments;
import it.sportello.payment.boundary.StampDeclaration;
import it.sportello.payment.entity.StampDuty;
import it.sportello.web.form.FormState;
import it.sportello.web.i18n.LocaleSelection;

/**
 * The wizard's payment step, held by {@link FormFillPage} for as long as its view: what the service
 * asks to be paid with the request for the data typed, and the stamp duties the citizen declares
 * there. The page reads it as {@code #{page.payment}}, once it has given it the form being filled.
 */
@Dependent
public class PaymentStep implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One stamp duty the citizen declares: identifier, issue day and time as typed. */
    public static class StampInput implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String reason;
        private final BigDecimal amount;
        private String identifier;
        private LocalDate issuedOn;
        private LocalTime issuedAt;

        StampInput(String reason, BigDecimal amount) {
            this.reason = reason;
            this.amount = amount;
        }

        /** The stamp as the payments boundary takes it; no moment until both day and time are typed. */
        StampDeclaration declaration() {
            return new StampDeclaration(
                    identifier, issuedOn == null || issuedAt == null ? null : LocalDateTime.of(issuedOn, issuedAt));
        }

        public String getReason() {
            return reason;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public String getIdentifier() {
            return identifier;
        }

        public void setIdentifier(String identifier) {
            this.identifier = identifier;
        }

        public LocalDate getIssuedOn() {
            return issuedOn;
        }

        public void setIssuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
        }

        public LocalTime getIssuedAt() {
            return issuedAt;
        }

        public void setIssuedAt(LocalTime issuedAt) {
            this.issuedAt = issuedAt;
        }
    }

    @EJB
    Payments payments;

    @Inject
    LocaleSelection locale;

    private FormState state;
    private List<StampInput> stamps;

    /** The form being filled, whose definition says what is asked and whose data set the amount. */
    void of(FormState filled) {
        this.state = filled;
    }

    /** The stamps a draft was left with, each in the place the form gives it. */
    void resume(String reference) {
        List<StampDuty> declared = payments.stampsOf(reference);
        for (int i = 0; i < declared.size() && i < getStamps().size(); i++) {
            if (declared.get(i).isDeclared()) {
                StampInput input = getStamps().get(i);
                input.setIdentifier(declared.get(i).getIdentifier());
                input.setIssuedOn(declared.get(i).getIssuedAt().toLocalDate());
                input.setIssuedAt(declared.get(i).getIssuedAt().toLocalTime());
            }
        }
    }

    /** The stamps typed are declared with the draft (each identifier once in the whole system). */
    void declare(String reference) {
        payments.declareStamps(
                reference, getStamps().stream().map(StampInput::declaration).toList());
    }

    /** The service asks, with the request, for stamp duties or a payment (more than nothing, for the data typed). */
    public boolean isAsked() {
        return !state.getDefinition().stampDuties().isEmpty() || getAmount().signum() > 0;
    }

    /** The causale of the payment at request, in the reader's language; null when none. */
    public String getReason() {
        return state.getDefinition()
                .paymentRequired()
                .map(p -> p.reason().in(locale.getLocale()))
                .orElse(null);
    }

    /** What the citizen pays with the request for the data typed so far; zero when nothing (yet). */
    public BigDecimal getAmount() {
        return state.getDefinition()
                .paymentRequired()
                .flatMap(p -> p.amountFor(state.result().data()))
                .orElse(BigDecimal.ZERO);
    }

    /** One input per stamp duty the form asks for, in the form's order. */
    public List<StampInput> getStamps() {
        if (stamps == null) {
            stamps = new ArrayList<>();
            for (RequiredStampDuty duty : state.getDefinition().stampDuties()) {
                stamps.add(new StampInput(duty.reason().in(locale.getLocale()), duty.amount()));
            }
        }
        return stamps;
    }
}
