package it.sportello.rating.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import it.sportello.platform.BusinessException;

/** One visitor's rating of one public page; nothing about the visitor. */
@Entity
@Table(name = "page_rating")
@NamedQuery(
        name = PageRating.BETWEEN,
        query = "SELECT r FROM PageRating r WHERE r.ratedAt >= :from AND r.ratedAt < :to ORDER BY r.page, r.ratedAt")
public class PageRating {

    public static final String BETWEEN = "PageRating.between";

    /** From this many stars the rating is positive. */
    public static final int POSITIVE_FROM = 3;

    /** The longest comment kept. */
    public static final int COMMENT_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "page_rating_seq", sequenceName = "page_rating_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "page_rating_seq")
    private Long id;

    @Column(nullable = false, length = 300)
    private String page;

    @Column(nullable = false)
    private int stars;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RatingAnswer answer;

    @Column(length = COMMENT_LENGTH)
    private String comment;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected PageRating() {
        // for JPA
    }

    /**
     * A rating; refused (by key) when the stars are not 1 to 5, the answer is not one of the
     * question those stars ask, or the comment is too long.
     */
    public PageRating(String page, int stars, RatingAnswer answer, String comment, Instant ratedAt) {
        if (stars < 1 || stars > 5) {
            throw new BusinessException("rating.stars.invalid");
        }
        if (answer == null || !answer.answers(stars)) {
            throw new BusinessException("rating.answer.invalid");
        }
        String words = comment == null || comment.isBlank() ? null : comment.strip();
        if (words != null && words.length() > COMMENT_LENGTH) {
            throw new BusinessException("rating.comment.tooLong");
        }
        this.page = page;
        this.stars = stars;
        this.answer = answer;
        this.comment = words;
        this.ratedAt = ratedAt;
    }

    public Long getId() {
        return id;
    }

    public String getPage() {
        return page;
    }

    public int getStars() {
        return stars;
    }

    public RatingAnswer getAnswer() {
        return answer;
    }

    public String getComment() {
        return comment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
