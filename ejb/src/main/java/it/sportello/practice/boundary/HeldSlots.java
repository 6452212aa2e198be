package it.sportello.practice.boundary;

import it.sportello.practice.entity.Practice;

/**
 * What a practice needs from the calendars for its calendar slot fields: the slots its draft
 * holds are kept when it is sent, and freed when it goes away. The practice owns this interface
 * and the booking component answers it, so that bookings depend on practices and never the other
 * way round. Once the practice is sent ({@link PracticeSent}), the booking component books the
 * slots as the practice's appointments on its own.
 * <p>
 * Every call joins the caller's transaction.
 */
public interface HeldSlots {

    /**
     * The practice is being sent: the slots its draft holds stay its own, held again when their
     * hold ran out and nobody took them meanwhile, and held on while a payment is due. Refused
     * with {@link it.sportello.practice.entity.PracticeRefusedException} ({@code
     * practice.slot.taken}, with the id of the field) when somebody else has them now.
     */
    void keepOnSending(Practice practice, boolean paymentDue);

    /**
     * The practice goes away or is closed without its appointments: a draft deleted or expired,
     * a practice withdrawn or rejected. Its held slots are freed, its appointments still to come
     * cancelled.
     */
    void release(Practice practice);
}
