package it.sportello.platform.links;

import java.util.Locale;

/**
 * A page of the desk that a business component sends people to. Its path inside the application
 * is the setting {@link #key()}, named for the page ({@code MY_APPOINTMENTS}: {@code
 * sportello.pages.my-appointments}); a path that ends with a parameter ({@code ?pratica=}) is
 * followed by its value in the link.
 */
public enum PublicPage {

    /** One practice of the citizen; its request number follows. */
    PRACTICE,
    /** The appointments of a logged-in citizen. */
    MY_APPOINTMENTS,
    /** Where whoever booked without logging in cancels; the appointment's reference and secret follow. */
    APPOINTMENT_CANCELLATION,
    /** The citizen's payments, to pay and paid. */
    MY_PAYMENTS,
    /** Where staff choose a password with the link they were mailed; its token follows. */
    PASSWORD_RESET,
    /** The administrators' console of the background jobs. */
    JOB_CONSOLE,
    /** The checkout of the simulated pagoPA intermediary; the checkout's id follows. */
    SIMULATED_CHECKOUT,
    /** The public card of a service; the service's code follows. */
    SERVICE_CARD;

    /** The setting that holds the page's path. */
    public String key() {
        return "sportello.pages." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
