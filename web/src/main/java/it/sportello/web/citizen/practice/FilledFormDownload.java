package it.sportello.web.citizen.practice;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.practice.boundary.Practices;
import it.sportello.practice.boundary.Receipts;
import it.sportello.practice.boundary.UnknownPracticeException;
import it.sportello.practice.entity.Practice;
import it.sportello.web.i18n.LocaleSelection;

/**
 * {@code GET /area-personale/pratiche/modulo?pratica=<reference>}: "Scarica il modulo compilato",
 * the filled form of one of the citizen's sent practices as PDF, in the reader's language. A
 * draft has no filled form yet; a practice of another citizen does not exist: both are a 404.
 */
@WebServlet("/area-personale/pratiche/modulo")
public class FilledFormDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    LocaleSelection locale;

    @EJB
    Practices practices;

    @EJB
    Receipts receipts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("pratica");
        Practice practice;
        try {
            practice = reference == null || reference.isBlank() ? null : practices.owned(reference);
        } catch (UnknownPracticeException e) {
            practice = null;
        }
        if (practice == null || !practice.isSent()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = receipts.filledForm(practice, locale.getLocale());
        AttachmentDownload.send(response, "application/pdf", "modulo-" + practice.getReference() + ".pdf", pdf);
    }
}
