package it.lombardia.codesign.meeting;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working groups: everyone signed in reads them; Region staff create and change any group, a cluster
 * representative the groups of their clusters (a new group must include one of them).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class WorkingGroupService {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    private final WorkingGroupRepository groups;
    private final CurrentActor currentActor;
    private final AccountDirectory directory;
    private final CatalogService catalog;
    private final ApplicationEventPublisher events;
    private final LiveBus live;
    private final Clock clock;

    WorkingGroupService(WorkingGroupRepository groups, CurrentActor currentActor, AccountDirectory directory,
                        CatalogService catalog, ApplicationEventPublisher events, LiveBus live, Clock clock) {
        this.groups = groups;
        this.currentActor = currentActor;
        this.directory = directory;
        this.catalog = catalog;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    public List<WorkingGroupDetails> groups() {
        Actor actor = currentActor.require();
        return groups.findAllByOrderByNameAsc().stream().map(g -> details(g, actor)).toList();
    }

    public Optional<WorkingGroupDetails> group(long id) {
        Actor actor = currentActor.require();
        return groups.findById(id).map(g -> details(g, actor));
    }

    /** Whether the signed-in user may create groups at all (Region staff, cluster representatives). */
    public boolean mayCreate() {
        Actor actor = currentActor.require();
        return actor.isRegionStaff() || (actor.has(Role.REPRESENTATIVE) && !actor.clusterCodes().isEmpty());
    }

    @Transactional
    public long create(WorkingGroupDraft draft) {
        Actor actor = currentActor.require();
        if (!MeetingRules.mayManageGroup(actor, draft.clusterCodes())) {
            throw new NotPermittedException("meeting.error.group-cluster-yours");
        }
        validate(draft);
        WorkingGroup group = new WorkingGroup(actor.username(), clock.instant());
        group.apply(draft);
        group = groups.saveAndFlush(group);
        events.publishEvent(new AuditEvent(actor.username(), "working-group", String.valueOf(group.getId()), "create",
                null, group.draft()));
        live.publish(MeetingChanges.group(group.getId(), actor.username()));
        return group.getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, WorkingGroupDraft draft) {
        Actor actor = currentActor.require();
        WorkingGroup group = load(id);
        MeetingRules.requireManage(actor, group);
        if (group.getVersion() != expectedVersion) {
            throw new TranslatableException("error.stale");
        }
        if (!MeetingRules.mayManageGroup(actor, draft.clusterCodes())) {
            throw new NotPermittedException("meeting.error.group-cluster-yours");
        }
        validate(draft);
        WorkingGroupDraft before = group.draft();
        group.apply(draft);
        groups.saveAndFlush(group);
        events.publishEvent(new AuditEvent(actor.username(), "working-group", String.valueOf(id), "update", before,
                group.draft()));
        live.publish(MeetingChanges.group(id, actor.username()));
    }

    /** The ids of the groups the person is a member of. */
    Set<Long> memberGroupIds(String username) {
        return groups.findAllByOrderByNameAsc().stream()
                .filter(g -> g.getMembers().stream().anyMatch(m -> m.equalsIgnoreCase(username)))
                .map(WorkingGroup::getId).collect(java.util.stream.Collectors.toSet());
    }

    WorkingGroup load(long id) {
        return groups.findById(id).orElseThrow(() -> new TranslatableException("meeting.error.no-such-group"));
    }

    private void validate(WorkingGroupDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new TranslatableException("meeting.error.group-name-required");
        }
        if (draft.name().strip().length() > NAME_MAX) {
            throw new TranslatableException("meeting.error.too-long", NAME_MAX);
        }
        if (draft.description() != null && draft.description().strip().length() > DESCRIPTION_MAX) {
            throw new TranslatableException("meeting.error.too-long", DESCRIPTION_MAX);
        }
        if (draft.clusterCodes().isEmpty()) {
            throw new TranslatableException("meeting.error.group-cluster-required");
        }
        for (String code : draft.clusterCodes()) {
            if (!catalog.isCluster(code)) {
                throw new TranslatableException("meeting.error.no-such-cluster", code);
            }
        }
        if (draft.ecosystemCode() != null && !catalog.isEcosystem(draft.ecosystemCode())) {
            throw new TranslatableException("meeting.error.no-such-ecosystem", draft.ecosystemCode());
        }
        for (String member : draft.members()) {
            if (directory.contact(member).isEmpty()) {
                throw new TranslatableException("meeting.error.no-such-person", member);
            }
        }
    }

    private WorkingGroupDetails details(WorkingGroup group, Actor actor) {
        Map<String, String> names = directory.displayNames(group.getMembers());
        List<PersonRef> members = group.getMembers().stream()
                .map(u -> new PersonRef(u, names.get(u)))
                .sorted(Comparator.comparing(PersonRef::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new WorkingGroupDetails(group.getId(), group.getName(), group.getDescription(), group.getEcosystemCode(),
                Set.copyOf(group.getClusterCodes()), members, group.getCreatedBy(), group.getCreatedAt(),
                group.getVersion(), MeetingRules.mayManageGroup(actor, group));
    }
}
