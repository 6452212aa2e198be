package it.sportello.web.payment;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.payment.boundary.Payments;
import it.sportello.platform.BusinessException;
import it.sportello.web.citizen.practice.AttachmentDownload;

/**
 * {@code GET /area-personale/pagamento?iud=<IUD>&documento=avviso|ricevuta}: the pagoPA notice to
 * print ("Paga sul territorio") or the receipt of one of the logged-in citizen's payments, as PDF.
 * Another citizen's payment is a 404, like one that does not exist.
 */
@WebServlet("/area-personale/pagamento")
public class PaymentDocumentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Payments payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String iud = request.getParameter("iud");
        boolean receipt = "ricevuta".equals(request.getParameter("documento"));
        byte[] pdf;
        try {
            pdf = iud == null || iud.isBlank() ? null : receipt ? payments.receipt(iud) : payments.notice(iud);
        } catch (BusinessException e) {
            pdf = null;
        }
        if (pdf == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentDownload.send(response, "application/pdf", (receipt ? "ricevuta-" : "avviso-") + iud + ".pdf", pdf);
    }
}
