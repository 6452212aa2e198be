package it.sportello.web.security;

/** The security roles of the application, as declared in web.xml. */
public final class Roles {

    public static final String CITIZEN = "CITIZEN";
    public static final String OPERATOR = "OPERATOR";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
