package it.lombardia.codesign.round;

import java.util.List;

/** What an administrator gives to open a round: the first year of the edition it prepares, and the plan. */
public record RoundDraft(Integer editionStartYear, List<PhasePlan> plans) {

    public RoundDraft {
        plans = plans == null ? List.of() : List.copyOf(plans);
    }
}
