package it.sportello.web.i18n;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.web.LocalPaths;

/**
 * {@code GET /lingua/en?torna=/index.xhtml}: switches the language and goes back to the page the
 * visitor was reading. A plain link, so it works without JavaScript and can be bookmarked.
 */
@WebServlet("/lingua/*")
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String RETURN_PARAMETER = "torna";

    @Inject
    LocaleSelection selection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language =
                request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!selection.select(language, response)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + LocalPaths.orHome(request.getParameter(RETURN_PARAMETER)));
    }
}
