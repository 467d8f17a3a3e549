package it.lombardia.codesign.meeting;

import java.util.List;

/**
 * Everything recorded for one agenda item, and what the viewer may do with it: what the records panel
 * of the live room and of the report shows. {@code people} are the meeting's invitees, who may own
 * action items.
 */
public record ItemRecords(long meetingId, long itemId, String itemTitle, MeetingStatus status, boolean takeNotes,
                          MinutesView minutes, List<DecisionView> decisions, List<ActionView> actions,
                          List<ProposalRef> proposals, List<PersonRef> people) {
}
