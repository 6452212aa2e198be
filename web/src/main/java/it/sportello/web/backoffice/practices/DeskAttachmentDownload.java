package it.sportello.web.backoffice.practices;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.practice.boundary.PracticeDesk;
import it.sportello.practice.boundary.UnknownPracticeException;
import it.sportello.practice.entity.Attachment;
import it.sportello.web.citizen.practice.AttachmentDownload;

/**
 * {@code GET /backoffice/pratiche/allegato?rif=<attachment reference>}: a file of a practice of a
 * service the operator is enabled for; any other is a 404, like one that does not exist.
 */
@WebServlet("/backoffice/pratiche/allegato")
public class DeskAttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    PracticeDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("rif");
        Attachment attachment;
        try {
            attachment = reference == null || reference.isBlank() ? null : desk.attachment(reference);
        } catch (UnknownPracticeException e) {
            attachment = null;
        }
        if (attachment == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentDownload.send(
                response, attachment.getType().mediaType(), attachment.getFileName(), attachment.bytes());
    }
}
