package it.sportello.web.backoffice.ratings;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import it.sportello.rating.boundary.PageRatings;
import it.sportello.rating.boundary.PageRatings.PageSummary;
import it.sportello.rating.entity.RatingAnswer;

/**
 * Backing bean of {@code /backoffice/valutazioni/index.xhtml}: what visitors said of the public
 * pages over a period (the last 30 days at first), per page: how many rated, the average stars,
 * each answer's count and the words written; the ratings themselves download as CSV
 * ({@link RatingsExport}). Administrators only.
 */
@Named
@ViewScoped
public class RatingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PageRatings ratings;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private transient List<PageSummary> pages;

    public LocalDate getFrom() {
        if (from == null) {
            from = getTo().minusDays(29);
        }
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        if (to == null) {
            to = LocalDate.now(clock);
        }
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** Shows the period chosen; one that ends before it starts is refused by name. */
    public void show() {
        if (getTo().isBefore(getFrom())) {
            Messages.addError("ratings:to", "ratings.period.invalid");
        }
        pages = null;
    }

    public List<PageSummary> getPages() {
        if (pages == null) {
            pages = getTo().isBefore(getFrom()) ? List.of() : ratings.summary(getFrom(), getTo());
        }
        return pages;
    }

    public List<RatingAnswer> getAnswers() {
        return List.of(RatingAnswer.values());
    }

    /** The address of the CSV of the period's ratings. */
    public String getCsvPath() {
        return RatingsExport.PATH + "?dal=" + getFrom() + "&al=" + getTo();
    }
}
