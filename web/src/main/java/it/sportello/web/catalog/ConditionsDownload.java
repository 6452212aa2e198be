package it.sportello.web.catalog;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.CardSection;
import it.sportello.catalog.entity.Service;
import it.sportello.municipality.Municipality;
import it.sportello.platform.pdf.TextDocument;
import it.sportello.web.i18n.BundleMessages;
import it.sportello.web.i18n.LocaleSelection;

/**
 * {@code GET /servizi/condizioni?servizio=<code>&lingua=it}: the service's conditions as a PDF
 * to keep, the "Condizioni di servizio" file of the card, downloaded as its link says. Public,
 * like the card.
 */
@WebServlet("/servizi/condizioni")
public class ConditionsDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Catalog catalog;

    @Inject
    Municipality municipality;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("servizio");
        Service service = code == null ? null : catalog.service(code).orElse(null);
        if (service == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale =
                LocaleSelection.supported(request.getParameter("lingua")).orElse(Locale.ITALIAN);
        String title = BundleMessages.text(locale, "service.section.conditions") + " – "
                + service.getTitle().in(locale);
        String conditions = service.card(CardSection.CONDITIONS)
                .map(text -> text.in(locale))
                .orElse(BundleMessages.text(locale, "service.conditions.none"));
        byte[] pdf = TextDocument.render(
                municipality.getName(),
                title,
                locale.getLanguage(),
                List.of(new TextDocument.Section(null, conditions)));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"condizioni-" + service.getCode() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
