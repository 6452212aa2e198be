package it.sportello.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import it.sportello.identity.boundary.StaffDirectory;

/**
 * Operators as people read them: {@code #{staffNames.of(message.author)}} is "Olga Operatrice",
 * not the username the desk stores with what an operator wrote or registered. A username no
 * account has any more is shown as stored. Each name is looked up once per request.
 */
@Named
@RequestScoped
public class StaffNames {

    @EJB
    StaffDirectory directory;

    private final Map<String, String> names = new HashMap<>();

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return names.computeIfAbsent(username, directory::displayName);
    }
}
