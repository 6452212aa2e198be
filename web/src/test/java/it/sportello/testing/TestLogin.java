package it.sportello.testing;

import java.util.Set;

import jakarta.security.enterprise.credential.Credential;

/** Who an in-container test acts as: a caller name and its groups. In the test archive only. */
public record TestLogin(String caller, Set<String> groups) implements Credential {}
