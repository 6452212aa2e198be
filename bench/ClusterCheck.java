/*
 * The client of the cluster check: two or three Payara Micro nodes behind HAProxy, which sets the
 * sticky cookie SPORTELLO_NODE to the name of the node that serves a visitor (node-1, node-2...).
 *
 *   java bench/ClusterCheck.java --url http://127.0.0.1:18400 [--node node-1=PID --node node-2=PID ...]
 *        [--out DIR] <check> [options]
 *
 *   race      --calendar ufficio-anagrafe --places 50 --attempts 1000 --concurrency 100
 *             [--per-slot 2] [--week YYYY-MM-DD]
 *   operator  [--service richiesta-assistenza] [--applicant "Mario Rossi"] [--staff operatore:Operatore.Bugliano.1]
 *             [--wait 240]
 *   booking   [--calendar ufficio-anagrafe] [--week YYYY-MM-DD]
 *   citizen   [--service richiesta-assistenza] [--citizen "Giulia Bianchi"]
 *   draft     [--service richiesta-assistenza] [--citizen "Giulia Bianchi"]
 *   job-start   --job draft-expiry [--staff admin:Admin.Bugliano.1]
 *   job-restart --execution N [--staff admin:Admin.Bugliano.1]
 *   --no-kill       runs a failover journey without killing anything (to try it on a single node)
 *   --failover-wait seconds a request after the kill may be retried while the balancer answers
 *                   502/503 or refuses the connection (30 by default)
 *
 * JDK 17 only (java.net.http), run as a single source file.
 *
 * race: --attempts anonymous visitors, each with its own cookies (its own session), released at once
 * by a latch on --concurrency threads, try to book one of the first N free slots of the week grid of
 * a week at least two weeks ahead, where N x --per-slot = --places (the demo calendar
 * ufficio-anagrafe has 2 places per slot on weekday mornings; the first rows of its grid are those).
 * An attempt: the week page, "Continua" with one slot ticked (a hold redirects to
 * /prenotazioni/dati.xhtml), then that page and "Conferma" with a person of its own (a valid,
 * fictional codice fiscale) → /prenotazioni/conferma.xhtml. The week page again with a message
 * (the slot is full, or was taken meanwhile) is a refusal; any other answer is an error. The check
 * holds when exactly --places were booked, with no error, and the chosen slots are full afterwards.
 * A slot already half booked is offered too and would spoil the count: on a database that has
 * seen bookings, give a --week nobody booked (the booking journey uses the week after by default).
 *
 * operator, booking, citizen: one journey through the balancer; the node that served it (its
 * SPORTELLO_NODE cookie) is killed (kill -9, through its --node PID) half-way, and the journey must
 * go on on another node with nothing lost:
 *   operator  staff login, a practice's desk page showing "Prendi in carico" (when none is listed, a
 *             demo citizen sends one of --service and the check waits until the office may take it);
 *             kill; "Prendi in carico" posted with the view read from the dead node: the operator is
 *             still logged in and the page then says the practice is in their charge.
 *   booking   an anonymous visitor holds a slot and reaches dati.xhtml (the hold and its countdown);
 *             kill; dati.xhtml again shows the same held slot, and the booking is confirmed.
 *   citizen   demo login (SPID), the wizard of --service up to the applicant step; kill; the next
 *             steps with the view read from the dead node, up to "Richiesta inviata con numero ...".
 *
 * draft: demo login and the wizard of --service past its privacy notice, which leaves a draft
 * (for the jobs to work on): prints its number.
 * job-start, job-restart: what an administrator does in the "Lavori" console of the node at --url:
 *   job-start   "Avvia ora" in the section of --job; prints the number of the execution started.
 *   job-restart the row of --execution must say it was interrupted by the death of its server and
 *               offer "Riavvia"; it is clicked, and the number of the new execution that takes
 *               over its work is printed.
 *
 * Prints "BENCH cluster ..." lines; exits 0 when the check holds, 1 otherwise (the reason on
 * stderr, and the first unexpected pages under --out DIR/errors/ when --out is given), 2 on a wrong
 * command line.
 */

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ClusterCheck {

    /** The cookie HAProxy sets to the name of the node that serves the visitor. */
    static final String NODE_COOKIE = "SPORTELLO_NODE";
    /** What the citizen's page says after a send (practice_wizard.sent in messages.properties). */
    static final String SENT_CONFIRMATION = "Richiesta inviata con numero ";
    /** What the desk page says after "Prendi in carico" (desk_detail.taken). */
    static final String TAKEN_CONFIRMATION = "Pratica presa in carico.";
    /** The status of a practice in an operator's charge (PracticeStatus.IN_PROGRESS). */
    static final String IN_PROGRESS = "Presa in carico";
    /** An execution left running by a server that died (job_console.status.INTERRUPTED). */
    static final String INTERRUPTED = "Interrotta: il server si è fermato";

    // --- options ------------------------------------------------------------------------------

    static String baseUrl = "http://127.0.0.1:18400";
    static final Map<String, Long> nodes = new LinkedHashMap<>();
    static Path out;
    static boolean noKill;
    static String check;
    static String calendar = "ufficio-anagrafe";
    static int places = 50;
    static int attempts = 1000;
    static int concurrency = 100;
    static int perSlot = 2;
    static LocalDate week;
    static String service = "richiesta-assistenza";
    static String applicant = "Mario Rossi";
    static String citizenName = "Giulia Bianchi";
    static String staffUser = "operatore";
    static String staffPassword = "Operatore.Bugliano.1";
    static int waitSeconds = 240;
    static boolean staffGiven;
    static String job;
    static long execution;
    static int failoverWaitSeconds = 30;

    static HttpClient http;
    static final AtomicInteger savedPages = new AtomicInteger();
    /** The first of this run's codici fiscali: a run of its own does not meet the people of another. */
    static final int firstPerson = new Random().nextInt(400_000);

    public static void main(String[] args) throws Exception {
        try {
            parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("cluster check: " + e.getMessage());
            System.err.println("usage: java bench/ClusterCheck.java --url URL [--node NAME=PID ...] [--out DIR] [--no-kill] "
                    + "race|operator|booking|citizen|draft|job-start|job-restart [options] (see the comment at the top of the file)");
            System.exit(2);
        }
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newCachedThreadPool(daemon("http-client"))).build();
        boolean holds;
        try {
            holds = switch (check) {
                case "race" -> race();
                case "operator" -> new Journey("operator").run(Journey::operator);
                case "booking" -> new Journey("booking").run(Journey::booking);
                case "citizen" -> new Journey("citizen").run(Journey::citizen);
                case "draft" -> draft();
                case "job-start" -> jobStart();
                case "job-restart" -> jobRestart();
                default -> throw new IllegalStateException(check);
            };
        } catch (Failure e) {
            System.err.println("cluster check " + check + " failed: " + e.getMessage());
            holds = false;
        } catch (IOException | InterruptedException e) {
            System.err.println("cluster check " + check + " failed: " + e);
            holds = false;
        }
        System.exit(holds ? 0 : 1);
    }

    static void parse(String[] args) throws IOException {
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!option.startsWith("--")) {
                if (check != null) {
                    throw new IllegalArgumentException("one check at a time: " + check + " and " + option);
                }
                check = option;
                continue;
            }
            if (option.equals("--no-kill")) {
                noKill = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--url" -> baseUrl = value.replaceAll("/+$", "");
                case "--node" -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--node NAME=PID, not " + value);
                    }
                    nodes.put(value.substring(0, eq), Long.parseLong(value.substring(eq + 1)));
                }
                case "--out" -> out = Path.of(value);
                case "--calendar" -> calendar = value;
                case "--places" -> places = Integer.parseInt(value);
                case "--attempts" -> attempts = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--per-slot" -> perSlot = Integer.parseInt(value);
                case "--week" -> week = LocalDate.parse(value).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case "--service" -> service = value;
                case "--applicant" -> applicant = value;
                case "--citizen" -> citizenName = value;
                case "--staff" -> {
                    int colon = value.indexOf(':');
                    if (colon <= 0) {
                        throw new IllegalArgumentException("--staff USER:PASSWORD");
                    }
                    staffUser = value.substring(0, colon);
                    staffPassword = value.substring(colon + 1);
                    staffGiven = true;
                }
                case "--wait" -> waitSeconds = Integer.parseInt(value);
                case "--failover-wait" -> failoverWaitSeconds = Integer.parseInt(value);
                case "--job" -> job = value;
                case "--execution" -> execution = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (check == null
                || !List.of("race", "operator", "booking", "citizen", "draft", "job-start", "job-restart").contains(check)) {
            throw new IllegalArgumentException(check == null ? "which check?" : "unknown check " + check);
        }
        String host = URI.create(baseUrl).getHost();
        if (!List.of("127.0.0.1", "localhost", "[::1]", "::1").contains(host)) {
            throw new IllegalArgumentException("requests go to this machine only, not to " + baseUrl);
        }
        if (check.startsWith("job-") && !staffGiven) {
            staffUser = "admin";
            staffPassword = "Admin.Bugliano.1";
        }
        if ((check.equals("job-start") && job == null) || (check.equals("job-restart") && execution < 1)) {
            throw new IllegalArgumentException("job-start needs --job NAME, job-restart --execution N");
        }
        if (List.of("operator", "booking", "citizen").contains(check) && !noKill && nodes.isEmpty()) {
            throw new IllegalArgumentException("a failover journey kills the node serving it: give --node NAME=PID "
                    + "for each node, or --no-kill");
        }
        if (places < 1 || attempts < 1 || concurrency < 1 || perSlot < 1 || places % perSlot != 0) {
            throw new IllegalArgumentException("--places, --attempts, --concurrency and --per-slot must be at least 1, "
                    + "and --places a multiple of --per-slot");
        }
        if (out != null) {
            Files.createDirectories(out.resolve("errors"));
        }
    }

    // --- race: many visitors, few places ---------------------------------------------------------

    enum Outcome { BOOKED, REFUSED, ERROR }

    static final class Attempt {
        final int index;
        final String slot;
        Outcome outcome;
        /** The refusal's message, or the error's kind and detail. */
        String detail;
        String kind;
        String node = "unknown";
        long nanos;

        Attempt(int index, String slot) {
            this.index = index;
            this.slot = slot;
        }
    }

    static boolean race() throws Exception {
        LocalDate monday = week != null ? week : mondayAhead(14);
        String weekUrl = weekUrl(monday);
        Response grid = new Browser().get(weekUrl);
        if (grid.status != 200) {
            throw failure("the week page answered HTTP " + grid.status, "race-week", grid);
        }
        List<String> free = slotValues(grid.body);
        int slots = places / perSlot;
        if (free.size() < slots) {
            throw failure("the week of " + monday + " has " + free.size() + " free slots, " + slots + " are needed "
                    + "(fewer --places, or another --week)", "race-week", grid);
        }
        List<String> chosen = List.copyOf(free.subList(0, slots));
        log("race: %d attempts on %d places (%d slots of %s, %s to %s), %d threads released at once",
                attempts, places, slots, calendar, chosen.get(0), chosen.get(slots - 1), concurrency);

        List<Attempt> all = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            all.add(new Attempt(i, chosen.get(i % slots)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, daemon("visitor"));
        CountDownLatch ready = new CountDownLatch(concurrency);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            workers.add(pool.submit(() -> {
                ready.countDown();
                start.await();
                for (int i = next.getAndIncrement(); i < all.size(); i = next.getAndIncrement()) {
                    attempt(all.get(i), weekUrl);
                }
                return null;
            }));
        }
        ready.await();
        Thread.sleep(200); // every thread is parked on the latch, not merely started
        long begin = System.nanoTime();
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get();
        }
        long elapsed = System.nanoTime() - begin;
        pool.shutdown();

        // Afterwards: none of the chosen slots may still be offered.
        Response after = new Browser().get(weekUrl);
        List<String> stillFree = after.status == 200 ? slotValues(after.body) : List.of();
        long offered = chosen.stream().filter(stillFree::contains).count();
        if (after.status != 200) {
            log("race: the week page answered HTTP %d afterwards", after.status);
        }

        long booked = all.stream().filter(a -> a.outcome == Outcome.BOOKED).count();
        long refused = all.stream().filter(a -> a.outcome == Outcome.REFUSED).count();
        long errors = all.stream().filter(a -> a.outcome == Outcome.ERROR).count();
        Map<String, Integer> byNode = new TreeMap<>();
        Map<String, Integer> errorKinds = new TreeMap<>();
        Map<String, Integer> refusals = new TreeMap<>();
        List<Long> latencies = new ArrayList<>();
        for (Attempt a : all) {
            byNode.merge(a.node, 1, Integer::sum);
            latencies.add(a.nanos);
            if (a.outcome == Outcome.ERROR) {
                errorKinds.merge(a.kind, 1, Integer::sum);
            } else if (a.outcome == Outcome.REFUSED) {
                refusals.merge(a.detail, 1, Integer::sum);
            }
        }
        Collections.sort(latencies);
        refusals.forEach((message, count) -> log("race: refused %d times: %s", count, message));
        all.stream().filter(a -> a.outcome == Outcome.ERROR).limit(5)
                .forEach(a -> log("race: attempt %d (%s, on %s) failed: %s", a.index, a.slot, a.node, a.detail));
        double seconds = elapsed / 1e9;
        System.out.println(String.format(Locale.ROOT,
                "BENCH cluster race attempts=%d places=%d booked=%d refused=%d errors=%d ms=%d calendar=%s week=%s slots=%d "
                        + "concurrency=%d attempts_per_s=%.1f p50_ms=%.1f p95_ms=%.1f max_ms=%.1f still_offered=%d by_node=%s error_kinds=%s",
                attempts, places, booked, refused, errors, elapsed / 1_000_000, calendar, monday, slots, concurrency,
                seconds > 0 ? attempts / seconds : 0.0, percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 100), offered, pairs(byNode), errorKinds.isEmpty() ? "none" : pairs(errorKinds)));
        List<String> reasons = new ArrayList<>();
        if (booked != places) {
            reasons.add(booked + " places booked, not " + places + (booked > places ? " (overbooked)" : ""));
        }
        if (errors > 0) {
            reasons.add(errors + " attempts ended in an error");
        }
        if (offered > 0 || after.status != 200) {
            reasons.add(after.status != 200 ? "the week could not be read again" : offered + " of the chosen slots are still offered");
        }
        if (!reasons.isEmpty()) {
            System.err.println("cluster check race failed: " + String.join("; ", reasons));
            return false;
        }
        return true;
    }

    /** One visitor: the week, the hold, the person's data, the confirmation. */
    static void attempt(Attempt attempt, String weekUrl) {
        Browser browser = new Browser();
        long begin = System.nanoTime();
        try {
            Response page = browser.get(weekUrl);
            attempt.node = browser.node();
            if (page.status != 200) {
                error(attempt, "http_" + page.status, "the week page answered HTTP " + page.status, page);
                return;
            }
            Form form = Form.parse(page, "week");
            form.set("slot", attempt.slot);
            form.click("continue");
            Response hold = browser.submit(form);
            attempt.node = browser.node();
            if (hold.status == 200 && hold.uri.getPath().endsWith("/prenotazioni/settimana.xhtml")) {
                String message = alerts(hold.body);
                if (message.isEmpty()) {
                    error(attempt, "unexpected_page", "the week page came back without a message", hold);
                } else {
                    attempt.outcome = Outcome.REFUSED;
                    attempt.detail = message;
                }
                return;
            }
            String details = hold.location();
            if (!isRedirect(hold.status) || details == null || !details.contains("/prenotazioni/dati.xhtml")) {
                error(attempt, kindOf(hold), "the hold answered HTTP " + hold.status + (details == null ? "" : " to " + details), hold);
                return;
            }
            Response detailsPage = browser.get(details);
            if (detailsPage.status != 200 || !detailsPage.body.contains("id=\"details\"")) {
                error(attempt, kindOf(detailsPage), "the held booking's page answered HTTP " + detailsPage.status
                        + (detailsPage.body.contains("id=\"hold-expired\"") ? " (hold expired)" : ""), detailsPage);
                return;
            }
            Person person = new Person(attempt.index);
            Form data = Form.parse(detailsPage, "details");
            person.fill(data, "Rilascio della carta d'identità elettronica (controllo del cluster)");
            data.click("confirm");
            Response confirmed = browser.submit(data);
            attempt.node = browser.node();
            String confirmation = confirmed.location();
            if (!isRedirect(confirmed.status) || confirmation == null || !confirmation.contains("/prenotazioni/conferma.xhtml")) {
                String message = confirmed.status == 200 ? alerts(confirmed.body) : "";
                error(attempt, message.isEmpty() ? kindOf(confirmed) : "confirm_refused",
                        "the confirmation answered HTTP " + confirmed.status + (message.isEmpty() ? "" : ": " + message), confirmed);
                return;
            }
            Response receipt = browser.get(confirmation);
            if (receipt.status != 200 || !receipt.body.contains("id=\"booking-code\"")) {
                error(attempt, kindOf(receipt), "the confirmation page answered HTTP " + receipt.status, receipt);
                return;
            }
            attempt.outcome = Outcome.BOOKED;
        } catch (HttpTimeoutException e) {
            attempt.outcome = Outcome.ERROR;
            attempt.kind = "timeout";
            attempt.detail = e.toString();
        } catch (Exception e) {
            attempt.outcome = Outcome.ERROR;
            attempt.kind = e instanceof IOException ? "io" : "unexpected_page";
            attempt.detail = e.getMessage() == null ? e.toString() : e.getMessage();
        } finally {
            attempt.nanos = System.nanoTime() - begin;
        }
    }

    static void error(Attempt attempt, String kind, String detail, Response page) {
        attempt.outcome = Outcome.ERROR;
        attempt.kind = kind;
        attempt.detail = detail + " (at " + page.uri.getPath() + ")";
        save("race-" + attempt.index, page);
    }

    static String kindOf(Response response) {
        return response.status == 200 || isRedirect(response.status) ? "unexpected_page" : "http_" + response.status;
    }

    // --- failover journeys ---------------------------------------------------------------------------

    static final class Journey {
        final String name;
        String servedBy = "unknown";
        String continuedOn = "unknown";
        String killed = "none";
        int retries;
        long failoverMillis = -1;
        long killedAt;
        String detail = "";

        Journey(String name) {
            this.name = name;
        }

        interface Steps {
            void run(Journey journey) throws Exception;
        }

        boolean run(Steps steps) throws Exception {
            if (!noKill) {
                nodes.forEach((node, pid) -> {
                    if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
                        throw new Failure("node " + node + " (process " + pid + ") is not running");
                    }
                });
            }
            boolean ok;
            String reason = null;
            try {
                steps.run(this);
                ok = true;
            } catch (Failure e) {
                ok = false;
                reason = e.getMessage();
            } catch (Exception e) {
                ok = false;
                reason = e.toString();
            }
            System.out.println("BENCH cluster failover journey=" + name + " served-by=" + servedBy + " continued-on=" + continuedOn
                    + " killed=" + killed + " retries=" + retries
                    + (failoverMillis < 0 ? "" : " failover_ms=" + failoverMillis) + detail + (ok ? " ok" : " failed"));
            if (!ok) {
                System.err.println("cluster check " + name + " failed: " + reason);
            }
            return ok;
        }

        /** The serving node goes down now (kill -9), unless --no-kill. */
        void kill(Browser browser) throws Exception {
            servedBy = browser.node();
            if (noKill) {
                log("%s: served by %s, not killed (--no-kill)", name, servedBy);
                killedAt = System.nanoTime();
                return;
            }
            Long pid = nodes.get(servedBy);
            if (pid == null) {
                throw new Failure(servedBy.equals("unknown")
                        ? "no " + NODE_COOKIE + " cookie came back: which node serves the journey is unknown"
                        : "the journey is served by " + servedBy + ", whose process id was not given (--node " + servedBy + "=PID)");
            }
            if (pid <= 1 || pid == ProcessHandle.current().pid()) {
                throw new Failure("will not kill process " + pid);
            }
            ProcessHandle process = ProcessHandle.of(pid)
                    .orElseThrow(() -> new Failure(servedBy + " (process " + pid + ") is not running"));
            String command = process.info().command().orElse("");
            if (!command.isEmpty() && !command.contains("java")) {
                throw new Failure("process " + pid + " given for " + servedBy + " is not a Java process: " + command);
            }
            log("%s: served by %s, killing process %d", name, servedBy, pid);
            process.destroyForcibly();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new Failure(servedBy + " (process " + pid + ") did not exit within 30 s of kill -9");
            }
            killed = servedBy;
            killedAt = System.nanoTime();
        }

        /**
         * The first request after the kill. While the balancer has not yet noticed the dead node it
         * may answer 502/503 or drop the connection: such a request reached no node, and is sent
         * again, for --failover-wait seconds at most.
         */
        Response afterKill(Browser browser, Request request) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(failoverWaitSeconds);
            while (true) {
                Response response = null;
                IOException failure = null;
                try {
                    response = request.send();
                } catch (HttpTimeoutException e) {
                    throw e; // a node may have had it: not sent twice
                } catch (IOException e) {
                    failure = e;
                }
                boolean balancerOnly = failure != null || response.status == 502 || response.status == 503;
                if (!balancerOnly) {
                    if (!noKill) {
                        failoverMillis = (System.nanoTime() - killedAt) / 1_000_000;
                    }
                    continuedOn = browser.node();
                    if (!noKill && continuedOn.equals(servedBy)) {
                        throw new Failure("after killing " + servedBy + " the answer still says " + NODE_COOKIE + "=" + continuedOn);
                    }
                    return response;
                }
                if (System.nanoTime() > deadline) {
                    if (response != null) {
                        throw failure("no node answered within " + failoverWaitSeconds + " s of the kill (HTTP " + response.status + ")",
                                name + "-after-kill", response);
                    }
                    throw new Failure("no node answered within " + failoverWaitSeconds + " s of the kill: " + failure);
                }
                retries++;
                log("%s: %s, sent again in a second", name, failure != null ? failure.toString() : "HTTP " + response.status);
                Thread.sleep(1000);
            }
        }

        // --- operator: "Prendi in carico" with the view of a dead node ---

        void operator() throws Exception {
            Browser staff = new Browser();
            staffLogin(staff);
            String reference = takeablePractice(staff);
            String detailUrl = baseUrl + "/backoffice/pratiche/dettaglio.xhtml?pratica=" + reference;
            Response page = staff.get(detailUrl);
            if (page.status != 200 || !hasButton(page, "actions:take")) {
                throw failure("the desk page of " + reference + " offers no \"Prendi in carico\"", "operator-detail", page);
            }
            log("operator: %s logged in, practice %s open at its desk", staffUser, reference);
            detail = " practice=" + reference;
            Form actions = Form.parse(page, "actions");
            actions.click("actions:take");
            kill(staff);
            Response taken = afterKill(staff, () -> staff.submit(actions));
            String lost = lost(taken);
            if (lost != null) {
                throw failure("\"Prendi in carico\": " + lost, "operator-take", taken);
            }
            if (taken.status == 200 && taken.uri.getPath().endsWith("/dettaglio.xhtml")) {
                throw failure("\"Prendi in carico\" was refused: " + messages(taken.body), "operator-take", taken);
            }
            if (!isRedirect(taken.status)) {
                throw failure("\"Prendi in carico\" answered HTTP " + taken.status, "operator-take", taken);
            }
            Response after = staff.followAll(taken);
            if (after.uri.getPath().contains("accesso-personale")) {
                throw failure("the operator was sent to the login page", "operator-after", after);
            }
            if (after.status != 200 || !after.body.contains(TAKEN_CONFIRMATION)) {
                throw failure("the desk page does not say \"" + TAKEN_CONFIRMATION + "\" (HTTP " + after.status + " at "
                        + after.uri.getPath() + ")", "operator-after", after);
            }
            String status = Html.text(after.body, "practice-status");
            String holder = Html.text(after.body, "practice-operator");
            if (!status.equals(IN_PROGRESS) || !holder.startsWith("In carico a ")) {
                throw failure("the practice is \"" + status + "\", held by \"" + holder + "\"", "operator-after", after);
            }
            if (!after.body.contains("id=\"practice-operator\"") || hasButton(after, "actions:take")) {
                throw failure("the practice still offers \"Prendi in carico\"", "operator-after", after);
            }
            detail += " holder=\"" + holder.substring("In carico a ".length()) + "\"";
            Response list = staff.get(baseUrl + "/backoffice/pratiche/index.xhtml");
            if (list.status != 200 || list.uri.getPath().contains("accesso-personale")) {
                throw failure("the operator's list did not open after the failover", "operator-list", list);
            }
        }

        /** A practice whose desk page offers "Prendi in carico" to the operator; made by a citizen when none is listed. */
        String takeablePractice(Browser staff) throws Exception {
            Response list = staff.get(baseUrl + "/backoffice/pratiche/index.xhtml");
            if (list.status != 200) {
                throw failure("the practice list answered HTTP " + list.status, "operator-list", list);
            }
            Set<String> references = new LinkedHashSet<>();
            Matcher m = Pattern.compile("dettaglio\\.xhtml\\?pratica=([A-Za-z0-9-]+)").matcher(list.body);
            while (m.find() && references.size() < 30) {
                references.add(m.group(1));
            }
            for (String reference : references) {
                Response page = staff.get(baseUrl + "/backoffice/pratiche/dettaglio.xhtml?pratica=" + reference);
                if (page.status == 200 && hasButton(page, "actions:take")) {
                    return reference;
                }
            }
            log("operator: none of the %d listed practices can be taken; %s sends one of %s", references.size(), applicant, service);
            Browser citizen = new Browser();
            demoLogin(citizen, applicant);
            Response sent = Wizard.start(citizen, name).through(Wizard.Stage.SENT, null);
            String reference = Wizard.reference(sent);
            // The office may take it once it is registered in the protocol register (a background job).
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
            String detailUrl = baseUrl + "/backoffice/pratiche/dettaglio.xhtml?pratica=" + reference;
            while (true) {
                Response page = staff.get(detailUrl);
                if (page.status == 200 && hasButton(page, "actions:take")) {
                    log("operator: practice %s can be taken", reference);
                    return reference;
                }
                if (page.status != 200 || System.nanoTime() > deadline) {
                    throw failure("practice " + reference + " offers no \"Prendi in carico\" within " + waitSeconds + " s (HTTP "
                            + page.status + ", status \"" + Html.text(page.body, "practice-status") + "\")", "operator-wait", page);
                }
                log("operator: practice %s is \"%s\", waiting for the office to be able to take it", reference,
                        Html.text(page.body, "practice-status"));
                Thread.sleep(5000);
            }
        }

        // --- booking: the held slot on another node ---

        void booking() throws Exception {
            Browser visitor = new Browser();
            LocalDate monday = week != null ? week : mondayAhead(21);
            String weekUrl = weekUrl(monday);
            Response grid = visitor.get(weekUrl);
            List<String> free = grid.status == 200 ? slotValues(grid.body) : List.of();
            if (free.isEmpty()) {
                throw failure("no free slot in the week of " + monday + " (HTTP " + grid.status + ")", "booking-week", grid);
            }
            String slot = free.get(0);
            Form form = Form.parse(grid, "week");
            form.set("slot", slot);
            form.click("continue");
            Response hold = visitor.submit(form);
            String detailsUrl = hold.location();
            if (!isRedirect(hold.status) || detailsUrl == null || !detailsUrl.contains("/prenotazioni/dati.xhtml")) {
                throw failure("holding " + slot + " answered HTTP " + hold.status + (hold.status == 200 ? ": " + alerts(hold.body) : ""),
                        "booking-hold", hold);
            }
            Response held = visitor.get(detailsUrl);
            String when = Html.text(held.body, "summary-when");
            if (held.status != 200 || !held.body.contains("id=\"countdown\"") || when.isEmpty()) {
                throw failure("the held booking's page shows no hold (HTTP " + held.status + ")", "booking-held", held);
            }
            log("booking: %s held (%s); the page says: %s", slot, when, Html.text(held.body, "countdown"));
            detail = " slot=" + slot;
            kill(visitor);
            Response again = afterKill(visitor, () -> visitor.get(detailsUrl));
            String whenAgain = Html.text(again.body, "summary-when");
            if (again.status != 200 || again.body.contains("id=\"hold-expired\"") || !again.body.contains("id=\"countdown\"")) {
                throw failure("after the failover the held booking's page shows no hold (HTTP " + again.status + ")", "booking-again", again);
            }
            if (!whenAgain.equals(when)) {
                throw failure("after the failover the page holds \"" + whenAgain + "\", not \"" + when + "\"", "booking-again", again);
            }
            Form data = Form.parse(again, "details");
            new Person(0).fill(data, "Autentica di firma (controllo del cluster)");
            data.click("confirm");
            Response confirmed = visitor.submit(data);
            String confirmation = confirmed.location();
            if (!isRedirect(confirmed.status) || confirmation == null || !confirmation.contains("/prenotazioni/conferma.xhtml")) {
                throw failure("the confirmation answered HTTP " + confirmed.status
                        + (confirmed.status == 200 ? ": " + alerts(confirmed.body) : ""), "booking-confirm", confirmed);
            }
            Response receipt = visitor.get(confirmation);
            if (receipt.status != 200 || !Html.text(receipt.body, "booking-code").equals(Wizard.query(detailsUrl, "prenotazione"))) {
                throw failure("the confirmation page does not show booking " + Wizard.query(detailsUrl, "prenotazione"),
                        "booking-receipt", receipt);
            }
            if (!noKill && !visitor.node().equals(continuedOn)) {
                throw new Failure("the confirmation came from " + visitor.node() + ", not from " + continuedOn);
            }
            detail += " booking=" + Html.text(receipt.body, "booking-code");
        }

        // --- citizen: half a wizard on each node ---

        void citizen() throws Exception {
            Browser citizen = new Browser();
            demoLogin(citizen, citizenName);
            Wizard wizard = Wizard.start(citizen, name);
            wizard.through(Wizard.Stage.APPLICANT, null);
            detail = " practice=" + wizard.reference;
            log("citizen: %s, practice %s past the applicant step", citizenName, wizard.reference);
            kill(citizen);
            int before = wizard.steps;
            Response sent = wizard.through(Wizard.Stage.SENT, this);
            detail += " steps_after_kill=" + (wizard.steps - before);
            if (!Wizard.reference(sent).equals(wizard.reference)) {
                throw failure("the practice sent is " + Wizard.reference(sent) + ", not " + wizard.reference, "citizen-sent", sent);
            }
        }
    }

    // --- a draft, and the job console -------------------------------------------------------------------

    static boolean draft() throws Exception {
        Browser citizen = new Browser();
        demoLogin(citizen, citizenName);
        Wizard wizard = Wizard.start(citizen, "draft");
        wizard.through(Wizard.Stage.PRIVACY, null);
        System.out.println("BENCH cluster draft practice=" + wizard.reference + " node=" + citizen.node());
        return true;
    }

    static boolean jobStart() throws Exception {
        Browser admin = new Browser();
        staffLogin(admin);
        Response console = consolePage(admin);
        String section = between(console.body, "id=\"job-" + job + "\"", "</section>");
        if (section == null) {
            throw failure("the console has no section for " + job, "job-console", console);
        }
        Response answer = click(admin, console, controlName(section, ":start"));
        Matcher started = Pattern.compile("esecuzione (\\d+)").matcher(messages(answer.body));
        if (!started.find()) {
            throw failure("\"Avvia ora\" said: " + messages(answer.body), "job-start", answer);
        }
        System.out.println("BENCH cluster job-start job=" + job + " execution=" + started.group(1));
        return true;
    }

    static boolean jobRestart() throws Exception {
        Browser admin = new Browser();
        staffLogin(admin);
        Response console = consolePage(admin);
        int cell = console.body.indexOf(">" + execution + "</td>");
        if (cell < 0) {
            throw failure("the console does not list execution " + execution, "job-console", console);
        }
        String row = console.body.substring(console.body.lastIndexOf("<tr", cell), console.body.indexOf("</tr>", cell));
        Matcher status = Pattern.compile("class=\"backoffice-tag job-status\">([^<]*)<").matcher(row);
        String said = status.find() ? Html.decode(status.group(1)).strip() : "(no status)";
        if (!said.equals(INTERRUPTED)) {
            throw failure("execution " + execution + " is \"" + said + "\", not \"" + INTERRUPTED + "\"", "job-console", console);
        }
        Response answer = click(admin, console, controlName(row, ":restart"));
        Matcher taking = Pattern.compile("prosegue nell.esecuzione (\\d+)").matcher(messages(answer.body));
        if (!taking.find()) {
            throw failure("\"Riavvia\" said: " + messages(answer.body), "job-restart", answer);
        }
        System.out.println("BENCH cluster job-restart execution=" + execution + " status-before=interrupted taken-over-by="
                + taking.group(1) + " port=" + URI.create(baseUrl).getPort());
        return true;
    }

    static Response consolePage(Browser admin) throws Exception {
        Response console = admin.get(baseUrl + "/backoffice/lavori/index.xhtml");
        if (console.status != 200) {
            throw failure("the job console answered HTTP " + console.status, "job-console", console);
        }
        return console;
    }

    /** Posts the console's form as a click on the button, and follows the answer. */
    static Response click(Browser admin, Response console, String button) throws Exception {
        if (button == null) {
            throw failure("no such button on the console", "job-console", console);
        }
        Form form = Form.parse(console, "jobs");
        form.click(button);
        return admin.followAll(admin.submit(form));
    }

    /** The name of the first control in the html whose name ends so. */
    static String controlName(String html, String ending) {
        Matcher name = Pattern.compile("name=\"([^\"]+" + Pattern.quote(ending) + ")\"").matcher(html);
        return name.find() ? name.group(1) : null;
    }

    static String between(String html, String from, String until) {
        int start = html.indexOf(from);
        int end = start < 0 ? -1 : html.indexOf(until, start);
        return end < 0 ? null : html.substring(start, end);
    }

    /** A request that can be sent again. */
    interface Request {
        Response send() throws Exception;
    }

    // --- logins -----------------------------------------------------------------------------------------

    static void staffLogin(Browser browser) throws Exception {
        Response page = browser.get(baseUrl + "/accesso-personale.xhtml");
        Form login = Form.parse(page, "login");
        login.set("login:username", staffUser);
        login.set("login:password", staffPassword);
        login.click("login:submit");
        Response answer = browser.submit(login);
        if (!isRedirect(answer.status) || answer.location().contains("accesso-personale")) {
            throw failure("the login of " + staffUser + " answered HTTP " + answer.status
                    + (answer.status == 200 ? ": " + messages(answer.body) : ""), "staff-login", answer);
        }
        browser.followAll(answer);
    }

    /** The demo identity provider's page: "Entra come <name>". */
    static void demoLogin(Browser browser, String fullName) throws Exception {
        Response page = browser.get(baseUrl + "/accesso/demo.xhtml?metodo=SPID");
        Form demo = Form.parse(page, "demo");
        String button = demo.buttons.entrySet().stream().filter(e -> e.getValue().endsWith(" " + fullName))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> failure("no demo identity " + fullName, "demo-login", page));
        demo.click(button);
        Response answer = browser.submit(demo);
        if (!isRedirect(answer.status)) {
            throw failure("the demo login of " + fullName + " answered HTTP " + answer.status, "demo-login", answer);
        }
        browser.followAll(answer);
    }

    // --- the citizen's wizard -----------------------------------------------------------------------------

    static final class Wizard {
        enum Stage { PRIVACY, APPLICANT, ROLE, SECTIONS, SENT }

        final Browser browser;
        final String journey;
        Response page;
        String reference;
        Stage done;
        /** The forms posted so far. */
        int steps;

        Wizard(Browser browser, String journey) {
            this.browser = browser;
            this.journey = journey;
        }

        static Wizard start(Browser browser, String journey) throws Exception {
            Wizard wizard = new Wizard(browser, journey);
            wizard.page = browser.followAll(browser.get(baseUrl + "/servizi/compila.xhtml?servizio=" + service));
            if (wizard.page.status != 200 || !wizard.page.uri.getPath().endsWith("/servizi/compila.xhtml")) {
                throw failure("the wizard of " + service + " did not open (HTTP " + wizard.page.status + " at "
                        + wizard.page.uri.getPath() + ")", journey + "-start", wizard.page);
            }
            return wizard;
        }

        /**
         * Goes on until the stage given is done; the first request is sent through the journey's
         * failover when one is given.
         */
        Response through(Stage last, Journey failover) throws Exception {
            Journey first = failover;
            for (int steps = 0; steps < 20; steps++) {
                if (done == last) {
                    return page;
                }
                if (hasButton(page, "fill:next")) {
                    step("fill:next", form -> form.set("fill:privacy", "on"), first);
                    reference = query(page.uri.toString(), "pratica");
                    if (reference == null) {
                        throw failure("no practice number after the privacy notice", journey + "-privacy", page);
                    }
                    done = Stage.PRIVACY;
                } else if (hasButton(page, "fill:next-applicant")) {
                    step("fill:next-applicant", form -> {
                        if (form.value("fill:email").isBlank()) {
                            form.set("fill:email", "cluster.check@example.org");
                        }
                    }, first);
                    done = Stage.APPLICANT;
                } else if (hasButton(page, "fill:next-role")) {
                    step("fill:next-role", form -> {
                        String role = form.names().stream().filter(n -> n.endsWith(":role")).findFirst()
                                .orElseThrow(() -> new Failure("no role to choose"));
                        form.set(role, "SELF");
                    }, first);
                    done = Stage.ROLE;
                } else if (hasButton(page, "fill:next-section")) {
                    step("fill:next-section", Wizard::fillSection, first);
                } else if (hasButton(page, "fill:send")) {
                    done = Stage.SECTIONS;
                    if (last == Stage.SECTIONS) {
                        return page;
                    }
                    step("fill:send", form -> { }, first);
                    if (!page.body.contains(SENT_CONFIRMATION + reference)) {
                        throw failure("the page after the send does not say \"" + SENT_CONFIRMATION + reference + "\"",
                                journey + "-sent", page);
                    }
                    log("%s: practice %s sent", journey, reference);
                    done = Stage.SENT;
                } else {
                    throw failure("the wizard shows no button to go on" + (done == null ? "" : " after " + done)
                            + ": " + messages(page.body), journey + "-wizard", page);
                }
                first = null;
            }
            throw failure("the wizard did not end", journey + "-wizard", page);
        }

        interface Filler {
            void fill(Form form);
        }

        void step(String button, Filler filler, Journey failover) throws Exception {
            Form form = Form.parse(page, "fill");
            filler.fill(form);
            form.click(button);
            steps++;
            Response answer = failover == null ? browser.submit(form) : failover.afterKill(browser, () -> browser.submit(form));
            String lost = lost(answer);
            if (lost != null) {
                throw failure(button + ": " + lost, journey + "-step", answer);
            }
            Response next = browser.followAll(answer);
            if (button.equals("fill:send")) {
                // the send leads to the practice in the citizen's personal area
                if (next.status != 200 || !next.uri.getPath().endsWith("/area-personale/pratiche/dettaglio.xhtml")) {
                    throw failure("HTTP " + next.status + " at " + next.uri.getPath() + " after the send", journey + "-send", next);
                }
                page = next;
                return;
            }
            if (next.status != 200 || !next.uri.getPath().endsWith("/servizi/compila.xhtml")) {
                throw failure("HTTP " + next.status + " at " + next.uri.getPath() + " after " + button, journey + "-step", next);
            }
            boolean sameSection = button.equals("fill:next-section")
                    && Html.text(next.body, "section-title").equals(Html.text(page.body, "section-title"));
            if ((hasButton(next, button) && !button.equals("fill:next-section")) || sameSection
                    || next.body.contains("invalid-feedback d-block")) {
                throw failure("still at the same step after " + button + ": " + messages(next.body), journey + "-step", next);
            }
            page = next;
        }

        /** A section of the service's form: every field the page marks gets a plausible value. */
        static void fillSection(Form form) {
            LocalDate today = LocalDate.now();
            for (Map.Entry<String, String> field : form.markers.entrySet()) {
                String name = field.getValue();
                if (!form.value(name).isBlank()) {
                    continue;
                }
                List<String> options = form.options.getOrDefault(name, List.of()).stream().filter(o -> !o.isBlank()).toList();
                String type = form.types.getOrDefault(name, "text");
                switch (type) {
                    case "select", "radio", "checkbox" -> {
                        if (!options.isEmpty()) {
                            form.set(name, options.get(0));
                        }
                    }
                    case "textarea" -> form.set(name, "Richiesta di prova del controllo del cluster: la pratica continua "
                            + "su un altro nodo dopo che il primo si è fermato.");
                    case "email" -> form.set(name, "cluster.check@example.org");
                    case "tel" -> form.set(name, "+39 333 0000000");
                    case "date" -> form.set(name, today.plusDays(30).toString());
                    case "time" -> form.set(name, "10:00");
                    case "number" -> form.set(name, "1");
                    case "file" -> {
                        // no attachment: the services this check uses ask for none
                    }
                    default -> form.set(name, "Prova");
                }
            }
        }

        static String reference(Response page) {
            return query(page.uri.toString(), "pratica");
        }

        static String query(String url, String parameter) {
            Matcher m = Pattern.compile("[?&]" + Pattern.quote(parameter) + "=([^&#]+)").matcher(url);
            return m.find() ? m.group(1) : null;
        }
    }

    // --- the people who book ----------------------------------------------------------------------------

    static final String MONTHS = "ABCDEHLMPRST";
    static final String LETTERS = "BCDFGHJKLMNPQRSTVWXZ";
    static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    /**
     * A fictional person with a valid codice fiscale of their own, made as bench/fiscal-codes.py makes
     * them (surname XCN: never a real person's, and apart from the desk data's XBN).
     */
    static final class Person {
        final String fiscalCode;
        final String givenName;
        final String familyName;
        final LocalDate birthDate;
        final String email;

        Person(int attempt) {
            int i = firstPerson + attempt;
            int cube = LETTERS.length() * LETTERS.length() * LETTERS.length();
            StringBuilder letters = new StringBuilder();
            for (int k = 0, power = 1; k < 3; k++, power *= LETTERS.length()) {
                letters.append(LETTERS.charAt(i / power % LETTERS.length()));
            }
            int year = 40 + (i / cube) % 60;
            int month = i % 12;
            int day = 1 + i % 28;
            String body = "XCN" + letters + String.format(Locale.ROOT, "%02d", year) + MONTHS.charAt(month)
                    + String.format(Locale.ROOT, "%02d", day) + "H501";
            fiscalCode = body + check(body);
            givenName = "Prova " + letters.charAt(0) + letters.substring(1).toLowerCase(Locale.ROOT);
            familyName = "Cluster";
            birthDate = LocalDate.of(1900 + year, month + 1, day);
            email = "cluster." + fiscalCode.toLowerCase(Locale.ROOT) + "@example.org";
        }

        static char check(String first15) {
            int sum = 0;
            for (int i = 0; i < first15.length(); i++) {
                char c = first15.charAt(i);
                int rank = Character.isDigit(c) ? c - '0' : c - 'A';
                sum += i % 2 == 0 ? ODD[rank] : rank;
            }
            return (char) ('A' + sum % 26);
        }

        /** The fields of /prenotazioni/dati.xhtml (form "details", prependId=false). */
        void fill(Form form, String reason) {
            form.set("fiscal-code", fiscalCode);
            form.set("given-name", givenName);
            form.set("family-name", familyName);
            form.set("birth-date", birthDate.toString());
            form.set("email", email);
            form.set("reason", reason);
        }
    }

    // --- pages -------------------------------------------------------------------------------------------

    static LocalDate mondayAhead(int days) {
        return LocalDate.now().plusDays(days).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    static String weekUrl(LocalDate monday) {
        return baseUrl + "/prenotazioni/settimana.xhtml?calendario=" + URLEncoder.encode(calendar, StandardCharsets.UTF_8)
                + "&settimana=" + monday;
    }

    /** The free slots of a week grid, in the page's order (row by row: a time, then the days). */
    static List<String> slotValues(String html) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("<input\\b[^>]*\\bname=\"slot\"[^>]*>").matcher(html);
        while (m.find()) {
            String value = Html.attributes(m.group()).get("value");
            if (value != null) {
                values.add(Html.decode(value));
            }
        }
        return values;
    }

    static boolean hasButton(Response page, String name) {
        return page.body.contains("name=\"" + name + "\"");
    }

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307;
    }

    /**
     * Why an answer shows that the visitor's session or Faces view was lost (the login page, an
     * error page, "Sessione scaduta"), or null when it shows nothing of the kind.
     */
    static String lost(Response answer) {
        String location = answer.location();
        String path = location != null ? URI.create(location).getPath() : answer.uri.getPath();
        if (path.contains("/accesso-personale") || path.contains("/accedi")) {
            return "sent to the login page " + path + ": the session did not survive the node";
        }
        if (answer.body.contains("viewId:'/errore/sessione-scaduta.xhtml'") || path.contains("/errore/sessione-scaduta")) {
            return "HTTP " + answer.status + ", \"Sessione scaduta\": the view did not survive the node";
        }
        if (path.contains("/errore/")) {
            return "sent to the error page " + path;
        }
        return null;
    }

    /** The alerts of a citizen's page (h:messages with Bootstrap Italia's classes). */
    static String alerts(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("class=\"alert alert-(?:danger|warning)\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(html);
        while (m.find() && found.size() < 4) {
            String text = Html.decode(m.group(1).replaceAll("<[^>]+>", "")).strip();
            if (!text.isEmpty()) {
                found.add(text);
            }
        }
        return String.join(" | ", found);
    }

    /** The messages of any page, for the reason of a failure. */
    static String messages(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("class=\"(?:alert alert-danger|alert alert-warning|invalid-feedback d-block)\"[^>]*>(.*?)</"
                + "|<span class=\"backoffice-message-[a-z]+-(?:summary|detail)\">(.*?)</span>"
                + "|<li class=\"backoffice-message-[a-z]+\">(.*?)</li>", Pattern.DOTALL).matcher(html);
        while (m.find() && found.size() < 8) {
            String group = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String text = Html.decode(group.replaceAll("<[^>]+>", "")).strip();
            if (!text.isEmpty() && !found.contains(text)) {
                found.add(text);
            }
        }
        return found.isEmpty() ? "(no message on the page)" : String.join(" | ", found);
    }

    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /** A failure whose page is kept under --out for whoever looks into it. */
    static Failure failure(String message, String name, Response page) {
        save(name, page);
        return new Failure(message + (page.uri == null ? "" : " (at " + page.uri.getPath() + ")"));
    }

    static void save(String name, Response page) {
        if (out == null || savedPages.incrementAndGet() > 20) {
            return;
        }
        try {
            Files.writeString(out.resolve("errors/" + name + ".html"),
                    "<!-- HTTP " + page.status + " " + page.uri + " " + NODE_COOKIE + " after: " + page.node + " -->\n" + page.body);
        } catch (IOException e) {
            // the verdict matters more than the sample page
        }
    }

    // --- a browser: cookies, redirects, forms ------------------------------------------------------------

    record Response(int status, URI uri, Map<String, List<String>> headers, String body, String node) {
        String location() {
            List<String> values = headers.get("location");
            return values == null || values.isEmpty() ? null : uri.resolve(values.get(0)).toString();
        }
    }

    static final class Browser {
        final Map<String, String> cookies = new ConcurrentHashMap<>();

        /** The node that serves this browser, by the balancer's cookie; "unknown" without a balancer. */
        String node() {
            return cookies.getOrDefault(NODE_COOKIE, "unknown");
        }

        Response get(String url) throws Exception {
            return send(builder(URI.create(url)).GET().build());
        }

        /** Follows redirects with GET, as a browser does after a POST. */
        Response followAll(Response response) throws Exception {
            for (int hops = 0; isRedirect(response.status) && hops < 10; hops++) {
                response = get(response.location());
            }
            return response;
        }

        Response submit(Form form) throws Exception {
            return send(form.post(builder(form.action)));
        }

        HttpRequest.Builder builder(URI uri) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("User-Agent", "sportello-cluster-check/1 (bench/ClusterCheck.java)")
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .header("Accept-Language", "it-IT,it;q=0.9");
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value));
                builder.header("Cookie", header.toString());
            }
            return builder;
        }

        Response send(HttpRequest request) throws Exception {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String cookie : answer.headers().allValues("set-cookie")) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name = pair.substring(0, eq).strip();
                    String value = pair.substring(eq + 1).strip();
                    String lower = cookie.toLowerCase(Locale.ROOT);
                    if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
            }
            return new Response(answer.statusCode(), request.uri(), answer.headers().map(), answer.body(), node());
        }
    }

    /** An HTML form as a browser would submit it: its successful controls, then what the user changed. */
    static final class Form {
        URI action;
        boolean multipart;
        final LinkedHashMap<String, List<String>> values = new LinkedHashMap<>();
        final Map<String, String> buttons = new LinkedHashMap<>();
        /** The values a select, a radio group or a set of check boxes offers, in the page's order. */
        final Map<String, List<String>> options = new HashMap<>();
        /** select, radio, checkbox, textarea, file or the input's type, by control name. */
        final Map<String, String> types = new HashMap<>();
        /** data-field-input marker (a form field's id) to the control's name. */
        final LinkedHashMap<String, String> markers = new LinkedHashMap<>();
        final List<String> fileInputs = new ArrayList<>();
        String clicked;

        static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");

        static Form parse(Response page, String id) {
            String html = page.body;
            Matcher start = Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
            if (!start.find()) {
                throw failure("no form " + id + " on the page (HTTP " + page.status + ")", "form-" + id, page);
            }
            Map<String, String> attributes = Html.attributes(start.group());
            Form form = new Form();
            form.action = page.uri.resolve(Html.decode(attributes.getOrDefault("action", page.uri.toString())));
            form.multipart = "multipart/form-data".equalsIgnoreCase(attributes.get("enctype"));
            int end = html.indexOf("</form>", start.end());
            String body = html.substring(start.end(), end < 0 ? html.length() : end);
            Matcher tag = TAG.matcher(body);
            String group = null;
            String select = null;
            List<String> selected = new ArrayList<>();
            String firstOption = null;
            while (tag.find()) {
                boolean closing = !tag.group(1).isEmpty();
                String element = tag.group(2).toLowerCase(Locale.ROOT);
                Map<String, String> a = Html.attributes(tag.group());
                if (closing) {
                    if (element.equals("select") && select != null) {
                        if (selected.isEmpty() && firstOption != null) {
                            selected.add(firstOption);
                        }
                        form.values.put(select, selected);
                        select = null;
                    }
                    continue;
                }
                if (element.equals("option") && select != null) {
                    String value = Html.decode(a.getOrDefault("value", ""));
                    form.options.get(select).add(value);
                    if (firstOption == null) {
                        firstOption = value;
                    }
                    if (a.containsKey("selected")) {
                        selected.add(value);
                    }
                    continue;
                }
                String name = a.get("name");
                String marker = a.get("data-field-input");
                if (name == null) {
                    if (marker != null) {
                        group = marker; // a table or fieldset of radio buttons or check boxes
                    }
                    continue;
                }
                name = Html.decode(name);
                boolean disabled = a.containsKey("disabled");
                switch (element) {
                    case "input" -> {
                        String type = a.getOrDefault("type", "text").toLowerCase(Locale.ROOT);
                        boolean choice = type.equals("radio") || type.equals("checkbox");
                        if (marker != null) {
                            form.markers.putIfAbsent(marker, name);
                        } else if (choice && group != null) {
                            form.markers.putIfAbsent(group, name);
                        }
                        form.types.putIfAbsent(name, type);
                        if (disabled) {
                            continue;
                        }
                        String value = Html.decode(a.getOrDefault("value", ""));
                        switch (type) {
                            case "radio", "checkbox" -> {
                                String offered = a.containsKey("value") ? value : "on";
                                form.options.computeIfAbsent(name, n -> new ArrayList<>()).add(offered);
                                form.values.computeIfAbsent(name, n -> new ArrayList<>());
                                if (a.containsKey("checked")) {
                                    form.values.get(name).add(offered);
                                }
                            }
                            case "submit", "image", "button", "reset" -> form.buttons.put(name, value);
                            case "file" -> form.fileInputs.add(name);
                            default -> form.values.put(name, new ArrayList<>(List.of(value)));
                        }
                    }
                    case "button" -> {
                        String type = a.getOrDefault("type", "submit").toLowerCase(Locale.ROOT);
                        if (type.equals("submit")) {
                            form.buttons.put(name, Html.decode(a.getOrDefault("value", "")));
                        }
                    }
                    case "select" -> {
                        if (marker != null) {
                            form.markers.putIfAbsent(marker, name);
                        }
                        form.types.put(name, "select");
                        form.options.put(name, new ArrayList<>());
                        select = disabled ? null : name;
                        selected = new ArrayList<>();
                        firstOption = null;
                    }
                    case "textarea" -> {
                        if (marker != null) {
                            form.markers.putIfAbsent(marker, name);
                        }
                        form.types.put(name, "textarea");
                        int close = body.indexOf("</textarea>", tag.end());
                        String text = Html.decode(body.substring(tag.end(), close < 0 ? tag.end() : close));
                        text = text.startsWith("\r\n") ? text.substring(2) : text.startsWith("\n") ? text.substring(1) : text;
                        if (!disabled) {
                            form.values.put(name, new ArrayList<>(List.of(text)));
                        }
                    }
                    default -> {
                        // other named elements are not controls
                    }
                }
            }
            return form;
        }

        void set(String name, String value) {
            values.put(name, new ArrayList<>(List.of(value)));
        }

        String value(String name) {
            List<String> list = values.get(name);
            return list == null || list.isEmpty() ? "" : list.get(0);
        }

        Set<String> names() {
            return values.keySet();
        }

        void click(String button) {
            if (!buttons.containsKey(button)) {
                throw new Failure("no button " + button + " in the form (buttons: " + buttons.keySet() + ")");
            }
            clicked = button;
        }

        HttpRequest post(HttpRequest.Builder builder) {
            List<String[]> pairs = new ArrayList<>();
            values.forEach((name, list) -> list.forEach(v -> pairs.add(new String[] {name, v})));
            if (clicked != null) {
                pairs.add(new String[] {clicked, buttons.get(clicked)});
            }
            if (!multipart) {
                StringBuilder body = new StringBuilder();
                for (String[] pair : pairs) {
                    body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(pair[0], StandardCharsets.UTF_8))
                            .append('=').append(URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
                }
                return builder.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
            }
            String boundary = "----SportelloClusterCheck" + Long.toHexString(System.nanoTime());
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (String[] pair : pairs) {
                write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pair[0] + "\"\r\n\r\n" + pair[1] + "\r\n");
            }
            for (String name : fileInputs) {
                // a file input left empty is sent as an empty part without a file name, as browsers do
                write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                        + "\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n");
            }
            write(body, "--" + boundary + "--\r\n");
            return builder.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        }

        private static void write(ByteArrayOutputStream body, String text) {
            body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    static final class Html {
        static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");

        static Map<String, String> attributes(String tag) {
            Map<String, String> attributes = new HashMap<>();
            int open = tag.indexOf(' ');
            if (open < 0) {
                return attributes;
            }
            Matcher m = ATTRIBUTE.matcher(tag.substring(open, tag.length() - 1));
            while (m.find()) {
                String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "";
                attributes.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value);
            }
            return attributes;
        }

        static String decode(String text) {
            if (text.indexOf('&') < 0) {
                return text;
            }
            Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);").matcher(text);
            StringBuilder decoded = new StringBuilder();
            while (m.find()) {
                String entity = m.group(1);
                String replacement = switch (entity) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> "\u00a0";
                    default -> new String(Character.toChars(entity.startsWith("#x")
                            ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1))));
                };
                m.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(decoded);
            return decoded.toString();
        }

        /** The text of the element with this id, tags removed and blanks folded. */
        static String text(String html, String id) {
            Matcher m = Pattern.compile("\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</(?:p|span|dd|h[1-6]|div)>", Pattern.DOTALL)
                    .matcher(html);
            return m.find() ? decode(m.group(1).replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ").strip() : "";
        }
    }

    // --- small things ------------------------------------------------------------------------------------

    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }

    static String pairs(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).reduce((a, b) -> a + "," + b).orElse("none");
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    static void log(String format, Object... args) {
        System.err.printf("[cluster %tT] %s%n", System.currentTimeMillis(), String.format(Locale.ROOT, format, args));
    }
}
