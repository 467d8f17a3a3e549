package it.lombardia.codesign.round.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.programme.CarryOver;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Opening a round decides what becomes of each priority of the adopted edition. Rolls back. */
@Transactional
class RoundPlanCarryOverTest extends KaribuTest {

    @Autowired
    RoundService rounds;
    @Autowired
    ProgrammeService programme;

    @Test
    void choicesAreCountedAndLandOnTheCopiesOfTheNewEdition() {
        signIn("admin");
        RoundSummary demo = rounds.openRound().orElseThrow();
        while (demo.phase() != RoundPhase.CLOSED) {
            demo = rounds.advance(demo.id(), demo.version());
        }
        long adopted = programme.currentEdition().orElseThrow().id();
        List<PriorityContent> base = programme.priorities(adopted);
        PriorityContent robotics = base.stream().filter(p -> p.title().equals("Human-centred collaborative robotics"))
                .findFirst().orElseThrow();
        PriorityContent data = base.stream().filter(p -> p.title().equals("Data platforms and AI for public services"))
                .findFirst().orElseThrow();
        UI.getCurrent().navigate("rounds");

        _click(_get(Button.class, s -> s.withId("new-round")));
        Details step = _get(Details.class, s -> s.withId("carry-over"));
        assertThat(step.getSummaryText()).isEqualTo("Carry-over from the Work Programme 2024-2025");
        assertThat(_find(step, RadioButtonGroup.class)).hasSize(base.size());
        Paragraph counts = _get(Paragraph.class, s -> s.withId("carry-over-counts"));
        assertThat(counts.getText()).isEqualTo(base.size() + " kept unchanged, 0 proposed for change, 0 proposed for retirement");

        _setValue(choice(robotics), CarryOver.CHANGE);
        _setValue(choice(data), CarryOver.RETIRE);
        assertThat(counts.getText()).isEqualTo((base.size() - 2)
                + " kept unchanged, 1 proposed for change, 1 proposed for retirement");
        _click(_get(Button.class, s -> s.withId("save-round")));

        RoundSummary created = rounds.openRound().orElseThrow();
        assertThat(created.title()).isEqualTo("EDP 2028-2029");
        List<PriorityContent> copies = programme.priorities(created.editionId());
        assertThat(copies).hasSize(base.size());
        assertThat(copies).filteredOn(p -> p.derivedFromId() == robotics.id()).singleElement()
                .satisfies(p -> assertThat(p.carryOver()).isEqualTo(CarryOver.CHANGE));
        assertThat(copies).filteredOn(p -> p.derivedFromId() == data.id()).singleElement()
                .satisfies(p -> assertThat(p.carryOver()).isEqualTo(CarryOver.RETIRE));
        assertThat(copies).filteredOn(p -> p.carryOver() == CarryOver.KEEP).hasSize(base.size() - 2);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<CarryOver> choice(PriorityContent p) {
        return _get(RadioButtonGroup.class, s -> s.withId("carry-over-" + p.id()));
    }
}
