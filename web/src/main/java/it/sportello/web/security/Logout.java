package it.sportello.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import it.sportello.identity.entity.Roles;

/**
 * {@code POST /esci}: ends the login and the session, then shows the home page (citizens) or the
 * staff login page (staff). POST only, so that no link on another site can log anybody out.
 */
@WebServlet("/esci")
public class Logout extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        boolean staff = request.isUserInRole(Roles.OPERATOR)
                || request.isUserInRole(Roles.MANAGER)
                || request.isUserInRole(Roles.ADMIN);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + (staff ? DeskAuthentication.STAFF_LOGIN : "/"));
    }
}
