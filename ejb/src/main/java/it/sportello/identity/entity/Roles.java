package it.sportello.identity.entity;

/**
 * The security roles of the application: what boundaries declare with {@code @RolesAllowed} and
 * the web module with its security constraints. The identity stores give groups of the same
 * names, mapped one to one.
 */
public final class Roles {

    /** A citizen logged in with a digital identity (SPID, CIE, CNS, eIDAS). */
    public static final String CITIZEN = "CITIZEN";
    /** A member of staff who works practices and appointments. */
    public static final String OPERATOR = "OPERATOR";
    /** A member of staff who also manages operators. */
    public static final String MANAGER = "MANAGER";
    /** A member of staff who configures services, calendars and integrations. */
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
