package it.sportello.practice.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A practice's iter told as one record, oldest first: every status it moved to and every action
 * of the desk, each event once. An action that moved the status ("Prendi in carico" putting the
 * practice in progress, an outcome deciding it) was recorded both as a {@link DeskAction} and as a
 * {@link StatusChange}, at the same moment and by the same actor: the two are one step, which names
 * both what was done and the status it led to. At the same moment the status changes come first,
 * in the order they were recorded, then the actions that left the status as it was.
 */
final class IterSteps {

    private IterSteps() {}

    static List<IterStep> of(List<StatusChange> history, List<DeskAction> actions) {
        List<StatusChange> changes = List.copyOf(history);
        boolean[] told = new boolean[changes.size()];
        List<IterStep> steps = new ArrayList<>();
        List<IterStep> actionsAlone = new ArrayList<>();
        Map<Integer, DeskAction> causes = new HashMap<>();
        for (DeskAction action : actions) {
            int change = causedChange(action, changes, told);
            if (change < 0) {
                actionsAlone.add(new IterStep(
                        action.getAt(),
                        action.getActorKind(),
                        action.getActor(),
                        null,
                        action.getKind(),
                        action.getDetail()));
            } else {
                told[change] = true;
                causes.put(change, action);
            }
        }
        for (int i = 0; i < changes.size(); i++) {
            StatusChange change = changes.get(i);
            DeskAction cause = causes.get(i);
            steps.add(
                    cause == null
                            ? new IterStep(
                                    change.getAt(),
                                    change.getActorKind(),
                                    change.getActor(),
                                    change.getStatus(),
                                    null,
                                    null)
                            : new IterStep(
                                    change.getAt(),
                                    cause.getActorKind(),
                                    cause.getActor(),
                                    change.getStatus(),
                                    cause.getKind(),
                                    cause.getDetail()));
        }
        steps.addAll(actionsAlone);
        steps.sort(Comparator.comparing(IterStep::at)); // stable: the order above at the same moment
        return steps;
    }

    /** The first status change not told yet that the action made: same moment, same actor, a status it leads to. */
    private static int causedChange(DeskAction action, List<StatusChange> changes, boolean[] told) {
        for (int i = 0; i < changes.size(); i++) {
            StatusChange change = changes.get(i);
            if (!told[i]
                    && change.getAt().equals(action.getAt())
                    && change.getActor().equals(action.getActor())
                    && action.getKind().leadsTo(change.getStatus())) {
                return i;
            }
        }
        return -1;
    }
}
