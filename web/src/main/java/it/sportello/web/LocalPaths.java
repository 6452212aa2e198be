package it.sportello.web;

/**
 * Paths a visitor is sent back to after switching language or logging in arrive in request
 * parameters, so anybody can write them: only paths inside this application are followed,
 * anything else becomes the home page (no open redirect, no header injection).
 */
public final class LocalPaths {

    private LocalPaths() {}

    public static String orHome(String candidate) {
        boolean local = candidate != null
                && candidate.startsWith("/")
                && !candidate.startsWith("//")
                && candidate.chars().noneMatch(c -> c == '\\' || c == ':' || Character.isISOControl(c));
        return local ? candidate : "/";
    }
}
