package it.sportello.protocol.control;

/** The register could not be reached or did not register; the registration is tried again later. */
public class RegisterUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegisterUnavailableException(String message) {
        super(message);
    }

    public RegisterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
