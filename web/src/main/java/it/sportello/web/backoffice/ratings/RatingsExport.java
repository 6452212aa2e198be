package it.sportello.web.backoffice.ratings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.platform.text.SpreadsheetCsv;
import it.sportello.platform.time.Clocks;
import it.sportello.rating.boundary.PageRatings;
import it.sportello.rating.entity.PageRating;
import it.sportello.web.i18n.BundleMessages;
import it.sportello.web.i18n.LocaleSelection;

/**
 * {@code GET /backoffice/valutazioni/esporta?dal=<yyyy-MM-dd>&al=<yyyy-MM-dd>}: every rating of
 * the period as CSV for Italian spreadsheets (day and time, page, stars, answer, words), in the
 * reader's language. Administrators only (web.xml); a period that is not two days, or ends before
 * it starts, is a 400.
 */
@WebServlet(RatingsExport.PATH)
public class RatingsExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/backoffice/valutazioni/esporta";

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @EJB
    PageRatings ratings;

    @Inject
    LocaleSelection reader;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(String.valueOf(request.getParameter("dal")));
            to = LocalDate.parse(String.valueOf(request.getParameter("al")));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (to.isBefore(from)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = reader.getLocale();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpreadsheetCsv csv = SpreadsheetCsv.start(bytes);
        csv.row(Stream.of("moment", "page", "stars", "answer", "comment")
                .map(key -> BundleMessages.text(locale, "ratings.csv." + key))
                .toList());
        for (PageRating rating : ratings.between(from, to)) {
            csv.row(Arrays.asList(
                    MOMENT.format(rating.getRatedAt().atZone(Clocks.ITALY)),
                    rating.getPage(),
                    String.valueOf(rating.getStars()),
                    BundleMessages.text(
                            locale, "RatingAnswer." + rating.getAnswer().name()),
                    rating.getComment()));
        }
        csv.flush();
        byte[] file = bytes.toByteArray();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"valutazioni-" + from + "-" + to + ".csv\"");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }
}
