package it.lombardia.codesign.poll;

import it.lombardia.codesign.shared.TranslatableException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The {@link PollVenue} beans by type. */
@Component
class PollVenues {

    private final Map<String, PollVenue> byType;

    PollVenues(List<PollVenue> venues) {
        this.byType = venues.stream().collect(Collectors.toMap(PollVenue::type, Function.identity()));
    }

    PollVenue of(String type) {
        PollVenue venue = type == null ? null : byType.get(type);
        if (venue == null) {
            throw new TranslatableException("poll.error.no-venue");
        }
        return venue;
    }
}
