package it.sportello.practice.boundary;

import java.util.Map;

import it.sportello.form.control.Field;
import it.sportello.form.control.TimeSpan;
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
     * The practice is being sent with these calendar slot fields and the times they hold: each
     * stays the practice's own, held again when its hold ran out (or its draft was cleared away)
     * and nobody took the slots meanwhile, and held on while a payment is due. Refused with
     * {@link it.sportello.practice.entity.PracticeRefusedException} ({@code practice.slot.taken},
     * with the code of the field's calendar) when somebody else has them now.
     */
    void keepOnSending(Practice practice, Map<Field, TimeSpan> chosen, boolean paymentDue);

    /**
     * The practice goes away or is closed without its appointments: a draft deleted or expired,
     * a practice withdrawn or rejected. Its held slots are freed, its appointments still to come
     * cancelled.
     */
    void release(Practice practice);
}
