package org.hyoka.workflow;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether an actor may make a transition on a sheet. The answer is a value — allowed, or
 * refused with a reason in Japanese — so that the server enforces exactly what the screens offer.
 */
public final class Workflow {

    private Workflow() {
    }

    public sealed interface Decision {
        record Allowed(EvaluationState to) implements Decision {
        }

        record Refused(String reason) implements Decision {
        }
    }

    public static Decision decide(Actor actor, Transition transition, EvaluationState current,
            Owner owner, @Nullable String comment) {
        if (!transition.startsFrom(current)) {
            return new Decision.Refused("「" + current.label() + "」のシートは「" + transition.label() + "」できません");
        }
        if (!roleMay(actor, transition, owner)) {
            return new Decision.Refused(actor.role().label() + "は「" + transition.label() + "」できません");
        }
        if (transition.commentRequired() && (comment == null || comment.isBlank())) {
            return new Decision.Refused("「" + transition.label() + "」には理由のコメントが必要です");
        }
        return new Decision.Allowed(transition.target());
    }

    /** What the actor could do next: the buttons a screen shows. */
    public static List<Transition> available(Actor actor, EvaluationState current, Owner owner) {
        return Arrays.stream(Transition.values())
                .filter(t -> t.startsFrom(current) && roleMay(actor, t, owner))
                .toList();
    }

    private static boolean roleMay(Actor actor, Transition transition, Owner owner) {
        if (!actor.mayRead(owner)) {
            return false;
        }
        return switch (transition) {
            case SUBMIT, REOPEN -> actor.mayEdit(owner);
            case RETURN, APPROVE -> actor.role() == Role.REVIEWER || actor.role() == Role.ADMINISTRATOR;
            case PUBLISH, WITHDRAW -> actor.administers(owner.municipalityCode());
        };
    }
}
