package it.lombardia.codesign.meeting;

import it.lombardia.codesign.shared.Lombardy;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A meeting of a working group, and the state of its live room: the agenda item the chair is on,
 * the item's timer and who has the floor. Every change of that state bumps the version.
 */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long groupId;
    private Long roundId;
    private String title;
    private String description;
    private Instant startsAt;
    private int durationMinutes;
    private String timeZone;
    private String onlineLink;
    private String place;
    private String chair;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status = MeetingStatus.SCHEDULED;
    private String cancelReason;
    private Instant startedAt;
    private Instant endedAt;
    private Long currentItemId;
    private Instant currentItemSince;
    private Long timerItemId;
    private Instant timerEndsAt;
    private String floorHolder;
    private Instant remindedAt;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(long groupId, String createdBy, Instant at) {
        this.groupId = groupId;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.updatedBy = createdBy;
        this.updatedAt = at;
    }

    void apply(MeetingDraft draft) {
        this.roundId = draft.roundId();
        this.title = draft.title().strip();
        this.description = blankToNull(draft.description());
        this.startsAt = draft.startsAt();
        this.durationMinutes = draft.durationMinutes();
        this.timeZone = Lombardy.ZONE.getId();
        this.onlineLink = blankToNull(draft.onlineLink());
        this.place = blankToNull(draft.place());
        this.chair = draft.chair();
    }

    void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    Long getId() {
        return id;
    }

    long getGroupId() {
        return groupId;
    }

    Long getRoundId() {
        return roundId;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    String getTimeZone() {
        return timeZone;
    }

    String getOnlineLink() {
        return onlineLink;
    }

    String getPlace() {
        return place;
    }

    String getChair() {
        return chair;
    }

    void setChair(String chair) {
        this.chair = chair;
    }

    MeetingStatus getStatus() {
        return status;
    }

    void setStatus(MeetingStatus status) {
        this.status = status;
    }

    String getCancelReason() {
        return cancelReason;
    }

    void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    Instant getEndedAt() {
        return endedAt;
    }

    void setEndedAt(Instant endedAt) {
        this.endedAt = endedAt;
    }

    Long getCurrentItemId() {
        return currentItemId;
    }

    /** The item everyone is on, and since when (null when the room is not running). */
    void setCurrentItem(Long itemId, Instant since) {
        this.currentItemId = itemId;
        this.currentItemSince = itemId == null ? null : since;
    }

    Instant getCurrentItemSince() {
        return currentItemSince;
    }

    void leaveCurrentItem() {
        this.currentItemSince = null;
    }

    Long getTimerItemId() {
        return timerItemId;
    }

    Instant getTimerEndsAt() {
        return timerEndsAt;
    }

    void setTimer(Long itemId, Instant endsAt) {
        this.timerItemId = itemId;
        this.timerEndsAt = endsAt;
    }

    String getFloorHolder() {
        return floorHolder;
    }

    void setFloorHolder(String floorHolder) {
        this.floorHolder = floorHolder;
    }

    Instant getRemindedAt() {
        return remindedAt;
    }

    void setRemindedAt(Instant remindedAt) {
        this.remindedAt = remindedAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
