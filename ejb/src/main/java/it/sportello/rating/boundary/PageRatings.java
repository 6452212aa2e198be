package it.sportello.rating.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import it.sportello.identity.entity.Roles;
import it.sportello.platform.time.Clocks;
import it.sportello.rating.entity.PageRating;
import it.sportello.rating.entity.RatingAnswer;

/**
 * The ratings of the public pages: kept for any visitor, read by administrators per page over a
 * period. Nothing about who rated is asked or kept.
 */
@Stateless
public class PageRatings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Keeps a visitor's rating of a page (its path, and the service's code for a card). */
    @PermitAll
    public void rate(@NotNull String page, int stars, RatingAnswer answer, String comment) {
        em.persist(new PageRating(page, stars, answer, comment, clock.instant()));
    }

    /** The ratings given from one day to another, both included, by page and then in time. */
    @RolesAllowed(Roles.ADMIN)
    public List<PageRating> between(@NotNull LocalDate from, @NotNull LocalDate to) {
        return em.createNamedQuery(PageRating.BETWEEN, PageRating.class)
                .setParameter("from", from.atStartOfDay(Clocks.ITALY).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(Clocks.ITALY).toInstant())
                .getResultList();
    }

    /** Per page, from one day to another: how many rated, the average stars and each answer's count. */
    @RolesAllowed(Roles.ADMIN)
    public List<PageSummary> summary(@NotNull LocalDate from, @NotNull LocalDate to) {
        Map<String, List<PageRating>> byPage = new LinkedHashMap<>();
        for (PageRating rating : between(from, to)) {
            byPage.computeIfAbsent(rating.getPage(), page -> new ArrayList<>()).add(rating);
        }
        List<PageSummary> summaries = new ArrayList<>();
        byPage.forEach((page, ratings) -> {
            Map<RatingAnswer, Long> answers = new EnumMap<>(RatingAnswer.class);
            ratings.forEach(rating -> answers.merge(rating.getAnswer(), 1L, Long::sum));
            summaries.add(new PageSummary(
                    page,
                    ratings.size(),
                    ratings.stream().mapToInt(PageRating::getStars).average().orElse(0),
                    answers,
                    ratings.stream()
                            .map(PageRating::getComment)
                            .filter(comment -> comment != null)
                            .toList()));
        });
        return summaries;
    }

    /** What the ratings of one page say over a period. */
    public record PageSummary(
            String page, int count, double average, Map<RatingAnswer, Long> answers, List<String> comments) {}
}
