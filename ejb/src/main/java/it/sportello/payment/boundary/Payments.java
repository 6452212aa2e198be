package it.sportello.payment.boundary;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import it.sportello.catalog.entity.PaymentMode;
import it.sportello.form.control.FormDefinition;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.control.RequiredStampDuty;
import it.sportello.identity.boundary.Caller;
import it.sportello.identity.boundary.StaffDirectory;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.Roles;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.municipality.Municipality;
import it.sportello.payment.control.DebtPositions;
import it.sportello.payment.control.PaymentNotice;
import it.sportello.payment.entity.ChargeMoment;
import it.sportello.payment.entity.Payment;
import it.sportello.payment.entity.PaymentRefusedException;
import it.sportello.payment.entity.PaymentState;
import it.sportello.payment.entity.StampDuty;
import it.sportello.platform.BusinessException;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.boundary.DeskPolicies;
import it.sportello.practice.boundary.PracticeDesk;
import it.sportello.practice.boundary.PracticeDeskEvent;
import it.sportello.practice.boundary.PracticeSent;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.entity.Audience;
import it.sportello.practice.entity.DeskAction;
import it.sportello.practice.entity.Message;
import it.sportello.practice.entity.Practice;

/**
 * pagoPA payments and stamp duties of practices: what the citizen sees and pays (alone or up to
 * {@value #MAX_TOGETHER} notices with one fee), the notice and receipt PDFs, the intermediary's
 * notifications, and the operator's "Registra pagamento". A citizen reaches only the payments of
 * his or her own practices; an operator only those of services he or she is enabled for. The
 * citizen or the operator is the one calling; the methods are the citizen's unless they say
 * otherwise.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class Payments {

    /** Notices paid together in one checkout, with one fee. */
    public static final int MAX_TOGETHER = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DebtPositions positions;

    @EJB
    Practices practices;

    @EJB
    PracticeDesk desk;

    @EJB
    StaffDirectory staff;

    @Inject
    Municipality municipality;

    @Inject
    Caller caller;

    @Inject
    DeskPolicies policies;

    @Inject
    Event<PracticeSent> sent;

    @Inject
    Event<PracticeDeskEvent> deskEvents;

    // --- the citizen --------------------------------------------------------------------------------

    /**
     * The citizen's payments (not those still being created), latest due first, optionally only
     * those due in a period; positions past their due date are marked <em>scaduto</em> on the way.
     */
    public List<Payment> ofCitizen(LocalDate dueFrom, LocalDate dueTo) {
        LocalDate today = today();
        List<Payment> all = em.createNamedQuery(Payment.OF_PAYER, Payment.class)
                .setParameter("fiscalCode", caller.citizen())
                .getResultList();
        all.forEach(p -> p.expireIfDue(today, clock.instant()));
        return all.stream()
                .filter(p -> (dueFrom == null || !p.getDueDate().isBefore(dueFrom))
                        && (dueTo == null || !p.getDueDate().isAfter(dueTo)))
                .toList();
    }

    public List<Payment> ofPractice(@NotBlank String reference) {
        return positions.of(practices.owned(reference));
    }

    public List<StampDuty> stampsOf(@NotBlank String reference) {
        return stamps(practices.owned(reference));
    }

    /** Whether the citizen's practice has a payment part ("Pagamento e bolli"): see {@link #hasPaymentPart(Practice)}. */
    public boolean hasPaymentPart(@NotBlank String reference) {
        return hasPaymentPart(practices.owned(reference));
    }

    /**
     * The position the citizen pays for a practice waiting for a payment: the open one, or a new one
     * when the last creation failed (the intermediary is asked again).
     */
    public Payment toPay(@NotBlank String reference) {
        Practice practice = practices.owned(reference);
        if (!practice.isWaitingForPayment()) {
            throw new PaymentRefusedException("payment.practice.not_waiting");
        }
        List<Payment> all = positions.of(practice);
        return all.stream().filter(p -> p.getState().isPayable()).findFirst().orElseGet(() -> {
            Payment last =
                    all.stream().reduce((a, b) -> b).orElseThrow(() -> new PaymentRefusedException("payment.none"));
            return positions.create(practice, last.getMoment(), last.getAmount(), last.getReason());
        });
    }

    /**
     * Opens a checkout for one to {@value #MAX_TOGETHER} of the citizen's notices, paid together
     * with one fee, and answers where to send the citizen.
     */
    public URI checkout(@NotNull List<String> iuds, @NotBlank String returnUrl, @NotBlank String notificationUrl) {
        if (iuds.isEmpty() || iuds.size() > MAX_TOGETHER) {
            throw new PaymentRefusedException("payment.checkout.count", MAX_TOGETHER);
        }
        FiscalCode payer = caller.citizen();
        List<Payment> chosen = new ArrayList<>();
        for (String iud : new HashSet<>(iuds)) {
            Payment payment = owned(iud);
            em.lock(payment, LockModeType.PESSIMISTIC_WRITE);
            payment.checkoutStarted(today(), clock.instant());
            payment.getPractice().dues().paymentStarted(clock.instant());
            chosen.add(payment);
        }
        return positions.intermediary().checkout(payer, chosen, returnUrl, notificationUrl);
    }

    /** The notice to print ("Paga sul territorio"), for a position that can still be paid. */
    public byte[] notice(@NotBlank String iud) {
        Payment payment = owned(iud);
        if (payment.getNoticeNumber().isEmpty() || payment.getState() == PaymentState.ERROR) {
            throw new PaymentRefusedException("payment.notice.none");
        }
        return PaymentNotice.notice(content(payment), Locale.ITALIAN);
    }

    /** The receipt of a paid position; always available once paid. */
    public byte[] receipt(@NotBlank String iud) {
        Payment payment = owned(iud);
        if (!payment.isPaid()) {
            throw new PaymentRefusedException("payment.receipt.not_paid");
        }
        return PaymentNotice.receipt(
                content(payment),
                new PaymentNotice.Receipt(
                        payment.getReceiptId(),
                        payment.getPaidAt(),
                        payment.getFee(),
                        payment.getChannel().name()),
                Locale.ITALIAN,
                Clocks.ITALY);
    }

    /**
     * The stamp duties the service's form asks with the request, declared on the draft: one
     * identifier and issue date and time for each. An identifier used by any other stamp in the
     * system is refused with a message naming it.
     */
    public List<StampDuty> declareStamps(@NotBlank String reference, @NotNull List<StampDeclaration> declarations) {
        Practice practice = practices.owned(reference);
        if (!practice.isDraft()) {
            throw new PaymentRefusedException("payment.stamp.already_declared");
        }
        List<StampDuty> stamps = requiredStamps(practice);
        if (declarations.size() != stamps.size()) {
            throw new PaymentRefusedException("payment.stamp.missing");
        }
        declare(stamps, declarations);
        return stamps;
    }

    /**
     * The stamps the approval asked for, provided by the citizen of a practice waiting for them;
     * the practice then gets its outcome.
     */
    public List<StampDuty> provideStamps(@NotBlank String reference, @NotNull List<StampDeclaration> declarations) {
        Practice practice = practices.owned(reference);
        if (!practice.isWaitingForStamps()) {
            throw new PaymentRefusedException("payment.stamp.not_waiting");
        }
        List<StampDuty> due = stamps(practice).stream()
                .filter(s -> s.getMoment() == ChargeMoment.AT_RELEASE && !s.isDeclared())
                .toList();
        if (declarations.size() != due.size()) {
            throw new PaymentRefusedException("payment.stamp.missing");
        }
        declare(due, declarations);
        practice.dues().stampsProvided(clock.instant());
        return due;
    }

    /** Declares each stamp in turn; an identifier used anywhere else is refused with a message naming it. */
    private void declare(List<StampDuty> stamps, List<StampDeclaration> declarations) {
        Set<String> typed = new HashSet<>();
        LocalDateTime localNow = LocalDateTime.now(clock.withZone(Clocks.ITALY));
        try {
            for (int i = 0; i < stamps.size(); i++) {
                StampDuty stamp = stamps.get(i);
                StampDeclaration declaration = declarations.get(i);
                String digits = declaration.identifier() == null
                        ? ""
                        : declaration.identifier().replace(" ", "");
                // checked before the stamp changes: the query would otherwise flush the duplicate first
                if (!digits.isEmpty()
                        && (!typed.add(digits)
                                || em.createNamedQuery(StampDuty.BY_IDENTIFIER, StampDuty.class)
                                        .setParameter("identifier", digits)
                                        .getResultStream()
                                        .anyMatch(s -> !s.equals(stamp)))) {
                    throw new PaymentRefusedException("payment.stamp.reused", digits);
                }
                stamp.declare(digits, declaration.issuedAt(), localNow, clock.instant());
            }
            em.flush();
        } catch (PersistenceException e) {
            // the unique constraint caught an identifier declared at the same moment by somebody else
            throw new PaymentRefusedException("payment.stamp.reused", String.join(", ", typed));
        }
    }

    /** The stamps the practice's form asks with the request, created on first use, in the form's order. */
    private List<StampDuty> requiredStamps(Practice practice) {
        List<StampDuty> stamps = new ArrayList<>(stamps(practice).stream()
                .filter(s -> s.getMoment() == ChargeMoment.AT_REQUEST)
                .toList());
        List<RequiredStampDuty> required = definition(practice).stampDuties();
        for (int i = stamps.size(); i < required.size(); i++) {
            StampDuty stamp = new StampDuty(
                    practice,
                    ChargeMoment.AT_REQUEST,
                    required.get(i).reason().italian(),
                    required.get(i).amount());
            em.persist(stamp);
            stamps.add(stamp);
        }
        return stamps;
    }

    // --- the intermediary ---------------------------------------------------------------------------

    /**
     * A notification of the intermediary. The position's row is locked, so that concurrent
     * notifications of the same position are applied one after the other; a repeated
     * confirmation, or a failure arriving after the confirmation, changes nothing. A practice
     * waiting for this payment is sent (at request) or gets its outcome (at release). The
     * intermediary calls with no logged-in caller.
     */
    @PermitAll
    public void notified(@NotNull Notification notification) {
        Payment payment = em.createNamedQuery(Payment.BY_IUV, Payment.class)
                .setParameter("iuv", notification.iuv())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("payment.unknown", notification.iuv()));
        Practice practice = payment.getPractice();
        if (!notification.paid()) {
            if (payment.checkoutFailed(clock.instant())) {
                practice.dues().paymentFailed(clock.instant());
            }
            return;
        }
        if (payment.confirm(notification.receiptId(), notification.fee(), notification.paidAt(), clock.instant())
                && practice.dues().paid(clock.instant(), "pagopa", policies.onPayment(practice))) {
            sent.fire(new PracticeSent(practice.getReference()));
        }
    }

    // --- the desk -----------------------------------------------------------------------------------

    /** The payments of a practice the operator may read. */
    @RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public List<Payment> ofPracticeAtDesk(@NotBlank String reference) {
        return positions.of(desk.find(reference));
    }

    /** Whether a practice the operator may read has a payment part: see {@link #hasPaymentPart(Practice)}. */
    @RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public boolean hasPaymentPartAtDesk(@NotBlank String reference) {
        return hasPaymentPart(desk.find(reference));
    }

    /** The stamp duties of a practice the operator may read. */
    @RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public List<StampDuty> stampsAtDesk(@NotBlank String reference) {
        return stamps(desk.find(reference));
    }

    /**
     * "Registra pagamento": the operator records that the open position of a practice was paid
     * elsewhere (at the counter, with another IUV). It cannot be undone; the reason becomes an
     * internal note, or a message to the citizen.
     */
    @RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public Payment register(
            @NotBlank String reference, @NotBlank @Size(max = Message.TEXT_LENGTH) String reason, boolean toCitizen) {
        Practice practice = desk.find(reference);
        StaffAccount who =
                staff.find(caller.staff()).orElseThrow(() -> new BusinessException("practice.desk.operator.unknown"));
        Payment payment = positions.of(practice).stream()
                .filter(p -> p.getState().isPayable() || p.getState() == PaymentState.ERROR)
                .reduce((a, b) -> b)
                .orElseThrow(() -> new PaymentRefusedException("payment.register.none"));
        em.lock(payment, LockModeType.PESSIMISTIC_WRITE);
        payment.register(who.getUsername(), clock.instant());
        boolean wasRequest = practice.getDecision().isEmpty();
        practice.dues()
                .paymentRegistered(
                        who,
                        reason,
                        toCitizen ? Audience.CITIZEN : Audience.OFFICE,
                        policies.onPayment(practice),
                        clock.instant());
        if (wasRequest && practice.isSent()) {
            sent.fire(new PracticeSent(practice.getReference()));
        }
        deskEvents.fire(
                new PracticeDeskEvent(practice.getReference(), DeskAction.Kind.PAYMENT_REGISTERED, who.getUsername()));
        return payment;
    }

    // --- shared ------------------------------------------------------------------------------------

    /** A payment of the calling citizen's practices; another's is unknown. */
    private Payment owned(String iud) {
        FiscalCode citizen = caller.citizen();
        return em.createNamedQuery(Payment.BY_IUD, Payment.class)
                .setParameter("iud", iud)
                .getResultStream()
                .filter(p -> p.getPractice().isOwnedBy(citizen))
                .findFirst()
                .orElseThrow(() -> new PaymentRefusedException("payment.unknown", iud));
    }

    /**
     * Whether a practice has anything to do with payments: its service takes them, it waits for
     * one, or it has a payment or stamp duties of its own. A report of a broken street lamp has none.
     */
    private boolean hasPaymentPart(Practice practice) {
        return practice.getService().getPaymentMode() != PaymentMode.NONE
                || practice.isWaitingForPayment()
                || !positions.of(practice).isEmpty()
                || !stamps(practice).isEmpty();
    }

    private List<StampDuty> stamps(Practice practice) {
        return em.createNamedQuery(StampDuty.OF_PRACTICE, StampDuty.class)
                .setParameter("practice", practice)
                .getResultList();
    }

    private PaymentNotice.Content content(Payment payment) {
        return PaymentNotice.Content.of(payment, municipality.getName(), municipality.getTaxCode());
    }

    private static FormDefinition definition(Practice practice) {
        return FormDefinitions.parse(practice.getForm().getDefinition());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.ITALY));
    }
}
