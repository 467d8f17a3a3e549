package it.lombardia.codesign.round;

import it.lombardia.codesign.programme.CarryOver;
import java.util.List;
import java.util.Map;

/**
 * What an administrator gives to open a round: the first year of the edition it prepares, the plan,
 * and what becomes of each priority of the adopted edition (keyed by its id; missing means KEEP).
 */
public record RoundDraft(Integer editionStartYear, List<PhasePlan> plans, Map<Long, CarryOver> carryOver) {

    public RoundDraft {
        plans = plans == null ? List.of() : List.copyOf(plans);
        carryOver = carryOver == null ? Map.of() : Map.copyOf(carryOver);
    }

    /** Every priority carried over unchanged. */
    public RoundDraft(Integer editionStartYear, List<PhasePlan> plans) {
        this(editionStartYear, plans, Map.of());
    }
}
