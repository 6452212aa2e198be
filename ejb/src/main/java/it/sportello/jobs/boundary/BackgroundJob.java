package it.sportello.jobs.boundary;

import java.util.Arrays;
import java.util.Optional;

/** The background jobs, by the name of their job XML; bundle keys {@code BackgroundJob.MAIL_OUTBOX} and so on. */
public enum BackgroundJob {
    MAIL_OUTBOX("mail-outbox", "outbox"),
    PROTOCOL_SUBMISSION("protocol-submission", "protocol"),
    DRAFT_EXPIRY("draft-expiry", "drafts"),
    REMINDERS("reminders", "reminders");

    private final String jobName;
    private final String settings;

    BackgroundJob(String jobName, String settings) {
        this.jobName = jobName;
        this.settings = settings;
    }

    /** The id of its job XML. */
    public String jobName() {
        return jobName;
    }

    /** The key of its cadence setting. */
    public String cadenceKey() {
        return "sportello.jobs." + settings + ".every";
    }

    public static Optional<BackgroundJob> named(String jobName) {
        return Arrays.stream(values()).filter(job -> job.jobName.equals(jobName)).findFirst();
    }
}
