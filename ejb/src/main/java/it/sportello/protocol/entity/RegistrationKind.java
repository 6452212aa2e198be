package it.sportello.protocol.entity;

/** The events of a practice that are registered; bundle keys {@code RegistrationKind.SENDING} and so on. */
public enum RegistrationKind {
    SENDING(Direction.INCOMING),
    INTEGRATION_REQUEST(Direction.OUTGOING),
    INTEGRATION_ANSWER(Direction.INCOMING),
    OUTCOME(Direction.OUTGOING),
    WITHDRAWAL(Direction.INCOMING);

    private final Direction direction;

    RegistrationKind(Direction direction) {
        this.direction = direction;
    }

    public Direction direction() {
        return direction;
    }
}
