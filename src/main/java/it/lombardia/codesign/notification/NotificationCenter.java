package it.lombardia.codesign.notification;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own notifications: how many are unread, the latest, all of them page by
 * page, and marking them read. Every call is for the signed-in user only; texts come in the
 * language asked for.
 */
@Service
@Transactional(readOnly = true)
public class NotificationCenter {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final NotificationRepository notifications;
    private final CurrentActor currentActor;
    private final MessageRenderer renderer;
    private final LiveBus live;
    private final Clock clock;

    NotificationCenter(NotificationRepository notifications, CurrentActor currentActor, MessageRenderer renderer,
                       LiveBus live, Clock clock) {
        this.live = live;
        this.notifications = notifications;
        this.currentActor = currentActor;
        this.renderer = renderer;
        this.clock = clock;
    }

    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(currentActor.require().username());
    }

    /** The newest {@code limit} notifications, read or not. */
    public List<NotificationItem> latest(int limit, Locale locale) {
        return page(false, PageRequest.of(0, Math.max(1, limit)), locale).getContent();
    }

    /** A page of the user's notifications, newest first (the page's own sort is ignored). */
    public Page<NotificationItem> page(boolean unreadOnly, Pageable pageable, Locale locale) {
        String me = currentActor.require().username();
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        Page<Notification> page = unreadOnly ? notifications.findByRecipientAndReadAtIsNull(me, newestFirst)
                : notifications.findByRecipient(me, newestFirst);
        return page.map(n -> item(n, locale));
    }

    public long count(boolean unreadOnly) {
        String me = currentActor.require().username();
        return unreadOnly ? notifications.countByRecipientAndReadAtIsNull(me) : notifications.countByRecipient(me);
    }

    /** Marks one of the user's own notifications read; reading it again changes nothing. */
    @Transactional
    public NotificationItem markRead(long id, Locale locale) {
        Actor actor = currentActor.require();
        Notification notification = notifications.findById(id)
                .orElseThrow(() -> new TranslatableException("notification.error.not-found"));
        // Ids are guessable: the recipient, not the caller's knowledge of an id, decides.
        if (!notification.getRecipient().equalsIgnoreCase(actor.username())) {
            throw new NotPermittedException("notification.error.not-yours");
        }
        if (notification.isUnread()) {
            notification.markRead(clock.instant());
            // The user's bells in other tabs recount too.
            live.publish(NotificationChanges.of(notification.getRecipient()));
        }
        return item(notification, locale);
    }

    /** Marks every unread notification of the user read; returns how many there were. */
    @Transactional
    public int markAllRead() {
        String me = currentActor.require().username();
        int read = notifications.markAllRead(me, clock.instant());
        if (read > 0) {
            live.publish(NotificationChanges.of(me));
        }
        return read;
    }

    private NotificationItem item(Notification n, Locale locale) {
        return new NotificationItem(n.getId(), n.getKind(), renderer.render(n.getMessage(), locale), n.getLink(),
                n.getCreatedAt(), n.getReadAt());
    }
}
