package it.sportello.jobs.boundary;

import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.microprofile.config.Config;

/** The background jobs, by the name of their job XML; bundle keys {@code BackgroundJob.MAIL_OUTBOX} and so on. */
public enum BackgroundJob {
    MAIL_OUTBOX("mail-outbox", "outbox"),
    PROTOCOL_SUBMISSION("protocol-submission", "protocol"),
    DRAFT_EXPIRY("draft-expiry", "drafts"),
    REMINDERS("reminders", "reminders");

    /** The setting with the number of partitions of every step. */
    public static final String PARTITIONS = "sportello.jobs.partitions";

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

    /**
     * The parameters of a run starting now: how many partitions its steps are split into
     * ({@code sportello.jobs.partitions}, whose default is the application's settings file's, not a
     * second one here). A restart keeps the parameters of the run it continues.
     */
    public Properties parameters(Config config) {
        Properties parameters = new Properties();
        parameters.setProperty("partitions", String.valueOf(config.getValue(PARTITIONS, Integer.class)));
        return parameters;
    }

    /** The key of its cadence setting. */
    public String cadenceKey() {
        return "sportello.jobs." + settings + ".every";
    }

    public static Optional<BackgroundJob> named(String jobName) {
        return Arrays.stream(values())
                .filter(job -> job.jobName.equals(jobName))
                .findFirst();
    }
}
