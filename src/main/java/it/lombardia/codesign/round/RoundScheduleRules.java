package it.lombardia.codesign.round;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A round's plan: every working phase once, each with a start and an end, in order, none overlapping
 * the one before. Errors are keyed "PHASE.startsOn" / "PHASE.endsOn" so a form can show them at the
 * field.
 */
final class RoundScheduleRules {

    private RoundScheduleRules() {
    }

    static Map<String, String> check(List<PhasePlan> plans) {
        Map<String, String> errors = new LinkedHashMap<>();
        PhasePlan previous = null;
        for (RoundPhase phase : RoundPhase.SCHEDULED) {
            PhasePlan plan = plans.stream().filter(p -> p.phase() == phase).findFirst().orElse(null);
            if (plan == null || plan.startsOn() == null) {
                errors.put(phase + ".startsOn", "validation.required");
            }
            if (plan == null || plan.endsOn() == null) {
                errors.put(phase + ".endsOn", "validation.required");
            }
            if (plan == null || plan.startsOn() == null || plan.endsOn() == null) {
                previous = null;
                continue;
            }
            if (plan.endsOn().isBefore(plan.startsOn())) {
                errors.put(phase + ".endsOn", "round.validation.end-before-start");
            }
            if (previous != null && !plan.startsOn().isAfter(previous.endsOn())) {
                errors.put(phase + ".startsOn", "round.validation.overlaps-previous");
            }
            previous = plan;
        }
        return errors;
    }
}
