/**
 * Polls: questions put to a group on the spot (single choice, multiple choice, dot voting, ranking),
 * named or anonymous, with live results or results hidden until the poll closes. One ballot per
 * voter, changeable until the poll closes. Where polls are held (a meeting today) is described to
 * this feature through {@link it.lombardia.codesign.poll.PollVenue}, so it depends on no feature
 * that holds polls.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Polls")
package it.lombardia.codesign.poll;
