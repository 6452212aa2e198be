package it.sportello.web.rating;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.platform.BusinessException;
import it.sportello.rating.boundary.PageRatings;
import it.sportello.rating.entity.RatingAnswer;
import it.sportello.web.PublicPageCache;

/**
 * {@code POST /valutazione}: a visitor's rating of a public page (the national model's component,
 * {@code WEB-INF/includes/rating.xhtml}), kept without anything about the visitor and without a
 * session. The page rated must be a public page ({@link PublicPageCache#PAGES}, which all carry the
 * component), a card with its service's code; the answer goes back to it, with
 * {@code valutazione=grazie}, or with the part to fix ({@code stelle}, {@code risposta}), which
 * the component shows next to that part ({@code commento} for words over 200 characters).
 */
@WebServlet("/valutazione")
public class RatingPost extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern CARD = Pattern.compile("/servizi/scheda\\.xhtml\\?servizio=[a-z0-9-]{1,60}");

    @EJB
    PageRatings ratings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> page = page(request.getParameter("pagina"));
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String answer;
        try {
            ratings.rate(
                    page.get(),
                    stars(request.getParameter("stelle")),
                    answer(request.getParameter("risposta")),
                    request.getParameter("commento"));
            answer = "grazie";
        } catch (BusinessException e) {
            answer = switch (e.messageKey()) {
                case "rating.stars.invalid" -> "stelle";
                case "rating.comment.tooLong" -> "commento";
                default -> "risposta";
            };
        }
        String back = page.get();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(
                "Location",
                request.getContextPath() + back + (back.contains("?") ? "&" : "?") + "valutazione=" + answer
                        + "#valutazione");
    }

    /** The page rated: a page with the component, a card with its service's code. */
    static Optional<String> page(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String page = "/".equals(written) ? "/index.xhtml" : written;
        return PublicPageCache.PAGES.contains(page) && !page.equals("/servizi/scheda.xhtml")
                        || CARD.matcher(page).matches()
                ? Optional.of(page)
                : Optional.empty();
    }

    private static int stars(String written) {
        try {
            return written == null ? 0 : Integer.parseInt(written.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static RatingAnswer answer(String written) {
        try {
            return written == null ? null : RatingAnswer.valueOf(written.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
