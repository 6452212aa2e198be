package it.sportello.platform;

/**
 * Whether an outside system the desk relies on (the SMTP server, the protocol register, the pagoPA
 * intermediary) answered when it was last asked, with a short detail for the people who run the
 * desk: where it was reached, or the kind of failure. The detail names no person and no secret.
 */
public record Reachability(boolean reachable, String detail) {

    public static Reachability reached(String detail) {
        return new Reachability(true, detail);
    }

    public static Reachability unreachable(String detail) {
        return new Reachability(false, detail);
    }

    /** The failure's kind, e.g. {@code ConnectException}: its message may carry addresses or user names. */
    public static Reachability unreachable(Exception failure) {
        return unreachable(failure.getClass().getSimpleName());
    }
}
