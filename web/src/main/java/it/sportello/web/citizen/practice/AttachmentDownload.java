package it.sportello.web.citizen.practice;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.form.entity.FileName;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.boundary.UnknownPracticeException;
import it.sportello.practice.entity.Attachment;

/**
 * {@code GET /area-personale/allegato?rif=<attachment reference>}: a file of one of the logged-in
 * citizen's practices. Another citizen's file is a 404, like one that does not exist. The file is
 * always downloaded, never shown inline, with the type read from its content when it arrived.
 */
@WebServlet("/area-personale/allegato")
public class AttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Practices practices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("rif");
        Attachment attachment;
        try {
            attachment = reference == null || reference.isBlank() ? null : practices.attachment(reference);
        } catch (UnknownPracticeException e) {
            attachment = null;
        }
        if (attachment == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = attachment.bytes();
        send(response, attachment.getType().mediaType(), attachment.getFileName(), bytes);
    }

    /** Writes a file to keep: private, never cached by others, never sniffed into something else. */
    public static void send(HttpServletResponse response, String mediaType, String fileName, byte[] bytes)
            throws IOException {
        response.setCharacterEncoding(null); // bytes, not text: no charset on their type
        response.setContentType(mediaType);
        response.setHeader("Content-Disposition", disposition(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * {@code attachment} with the name twice: as plain ASCII (anything else, quotes and
     * separators replaced) for old clients, and exactly, UTF-8 encoded, as RFC 6266 allows. The
     * name is a {@link FileName} whoever passes it: no control or bidirectional character reaches
     * the header or the reader's download dialog.
     */
    static String disposition(String name) {
        String fileName = FileName.of(name);
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\/;%]", "_").strip();
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + (ascii.isEmpty() ? "file" : ascii) + "\"; filename*=UTF-8''" + encoded;
    }
}
