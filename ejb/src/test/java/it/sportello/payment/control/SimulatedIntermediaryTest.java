package it.sportello.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.sportello.identity.entity.FiscalCode;
import it.sportello.payment.control.SimulatedIntermediary.Checkout;
import it.sportello.payment.control.SimulatedIntermediary.Line;

class SimulatedIntermediaryTest {

    private static final FiscalCode PAYER = FiscalCode.of("VRDLCU75C15G702J");
    private static final FiscalCode SOMEBODY_ELSE = FiscalCode.of("RSSMRA80A01H501U");

    private final SimulatedIntermediary intermediary = new SimulatedIntermediary();
    private final Checkout checkout;

    SimulatedIntermediaryTest() {
        intermediary.fee = BigDecimal.ONE;
        checkout = intermediary.open(
                PAYER,
                List.of(new Line(
                        "01000000000000001", "301000000000000001", "Passo carrabile", new BigDecimal("20.00"))),
                "http://localhost/back",
                "http://localhost/notify");
    }

    @Test
    void theCheckoutIsShownToThePayerWhoStartedIt() {
        assertThat(intermediary.find(checkout.id(), PAYER)).contains(checkout);
    }

    @Test
    void toAnybodyElseTheCheckoutDoesNotExist() {
        assertThat(intermediary.find(checkout.id(), SOMEBODY_ELSE)).isEmpty();
        assertThat(intermediary.find(checkout.id(), null)).isEmpty();
    }

    @Test
    void nobodyElseCanCompleteTheCheckoutNorCloseIt() {
        assertThatThrownBy(() -> intermediary.complete(checkout.id(), SOMEBODY_ELSE, false))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(intermediary.find(checkout.id(), PAYER)).contains(checkout);
    }
}
