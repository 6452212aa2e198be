package it.sportello.identity.entity;

/**
 * What a member of staff may do. A manager is an operator who also manages operators; an
 * administrator configures services, calendars and integrations.
 */
public enum StaffRole {
    OPERATOR,
    MANAGER,
    ADMIN;

    /** The security role of the same name, as declared by the web module. */
    public String roleName() {
        return name();
    }
}
