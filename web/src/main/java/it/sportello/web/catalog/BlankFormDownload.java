package it.sportello.web.catalog;

import java.io.IOException;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Service;
import it.sportello.form.boundary.Forms;
import it.sportello.form.control.BlankForm;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.entity.FormVersion;
import it.sportello.municipality.Municipality;
import it.sportello.web.i18n.LocaleSelection;

/**
 * {@code GET /servizi/modulo-in-bianco?servizio=<code>&lingua=it}: the current form of a service
 * as a blank PDF, downloadable without login from the card.
 */
@WebServlet("/servizi/modulo-in-bianco")
public class BlankFormDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Catalog catalog;

    @EJB
    Forms forms;

    @Inject
    Municipality municipality;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("servizio");
        Service service = code == null ? null : catalog.service(code).orElse(null);
        FormVersion version = service == null ? null : forms.current(code).orElse(null);
        if (version == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale =
                LocaleSelection.supported(request.getParameter("lingua")).orElse(Locale.ITALIAN);
        byte[] pdf = BlankForm.render(
                FormDefinitions.parse(version.getDefinition()),
                municipality.getName(),
                service.getTitle().in(locale),
                locale);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"modulo-" + service.getCode() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
