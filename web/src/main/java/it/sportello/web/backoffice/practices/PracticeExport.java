package it.sportello.web.backoffice.practices;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.catalog.entity.Service;
import it.sportello.platform.BusinessException;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.boundary.DeskList;
import it.sportello.practice.control.PracticeCsv;
import it.sportello.territory.boundary.Areas;
import it.sportello.territory.entity.Area;
import it.sportello.web.i18n.BundleMessages;
import it.sportello.web.i18n.LocaleSelection;

/**
 * {@code GET /backoffice/pratiche/esporta?<list parameters>&campo=<field id>&totale=<field id>:SUM}:
 * the practice list with the same filter and order as the page, as a CSV file Italian spreadsheets
 * open directly ({@code ;}, UTF-8 with BOM), streamed from the database a batch at a time. Form
 * fields and totals need a service in the filter; a service the operator's list does not offer,
 * a parameter the list does not know, or a request the desk refuses is answered 400 with the
 * reason in the reader's language.
 */
@WebServlet("/backoffice/pratiche/esporta")
public class PracticeExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String FIELD = "campo";
    static final String TOTAL = "totale";

    @EJB
    DeskList deskList;

    @EJB
    Areas areas;

    @Inject
    Clock clock;

    @Inject
    LocaleSelection locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ListParameters parameters = ListParameters.of(request::getParameter);
        Locale language = locale.getLocale();
        List<String> fields =
                request.getParameterValues(FIELD) == null ? List.of() : List.of(request.getParameterValues(FIELD));
        Map<String, PracticeCsv.Aggregate> totals = new LinkedHashMap<>();
        List<String> areaCodes = areas.all().stream().map(Area::getCode).toList();
        List<String> serviceCodes =
                deskList.services().stream().map(Service::getCode).toList();
        Optional<String> unknownService = parameters.unknownService(serviceCodes);
        if (unknownService.isPresent()) {
            refuse(
                    response,
                    BundleMessages.text(language, "practice.desk.export.service_unknown", unknownService.get()));
            return;
        }
        List<String> wrong = new ArrayList<>(parameters.invalid(areaCodes));
        for (String total :
                request.getParameterValues(TOTAL) == null ? new String[0] : request.getParameterValues(TOTAL)) {
            String[] parts = total.split(":", 2);
            try {
                totals.put(parts[0], PracticeCsv.Aggregate.valueOf(parts[1]));
            } catch (RuntimeException e) {
                wrong.add(TOTAL);
            }
        }
        if (!wrong.isEmpty()) {
            refuse(response, BundleMessages.text(language, "desk_list.invalid", String.join(", ", wrong)));
            return;
        }
        // The file is written as it is read: check what the desk would refuse before the first byte.
        String name = "pratiche-" + LocalDate.now(clock.withZone(Clocks.ITALY)) + ".csv";
        response.setCharacterEncoding(null);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        try {
            deskList.export(
                    parameters.filter(clock, areaCodes, serviceCodes),
                    parameters.sortColumn(),
                    parameters.ascending(),
                    fields,
                    totals,
                    language,
                    response.getOutputStream());
        } catch (BusinessException refused) {
            if (!response.isCommitted()) {
                response.reset();
                refuse(response, BundleMessages.text(language, refused.messageKey(), refused.parameters()));
            }
        }
    }

    private static void refuse(HttpServletResponse response, String reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(reason);
    }
}
