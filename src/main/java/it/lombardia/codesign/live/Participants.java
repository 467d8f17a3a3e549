package it.lombardia.codesign.live;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The signed-in user as others see them on a page. */
@Service
public class Participants {

    private final CurrentActor currentActor;
    private final CatalogService catalog;

    Participants(CurrentActor currentActor, CatalogService catalog) {
        this.currentActor = currentActor;
        this.catalog = catalog;
    }

    public Optional<Participant> current(Locale locale) {
        return currentActor.find().map(actor -> new Participant(actor.username(), actor.displayName(),
                affiliation(actor, locale), Participant.colorOf(actor.username())));
    }

    private String affiliation(Actor actor, Locale locale) {
        if (!actor.clusterCodes().isEmpty()) {
            return actor.clusterCodes().stream().sorted()
                    .map(code -> catalog.cluster(code).map(c -> c.shortLabel(locale)).orElse(code))
                    .collect(Collectors.joining(", "));
        }
        return actor.department() == null ? "" : actor.department();
    }
}
