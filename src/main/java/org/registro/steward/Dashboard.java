package org.registro.steward;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.registro.record.RecordKind;
import org.registro.record.RecordState;
import org.registro.record.RecordStatus;
import org.registro.security.Actor;
import org.registro.security.Permissions;
import org.registro.store.RecordQuery;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.springframework.stereotype.Component;

/**
 * The lists of a signed-in person's dashboard, each limited to the organizations they may act for:
 * every organization for coordinators and sysadmins, their own for everyone else.
 */
@Component
class Dashboard {

	static final int LIMIT = 20;

	private final RecordStore store;

	private final Permissions permissions;

	private final String publisherPrefix;

	Dashboard(RecordStore store, Permissions permissions, RegistryProperties properties) {
		this.store = store;
		this.permissions = permissions;
		this.publisherPrefix = properties.baseUri() + "/" + RecordKind.PUBLISHER.segment() + "/";
	}

	/** Drafts of the organizations where the actor edits. */
	List<RecordState> drafts(Actor actor) {
		return list(actor, editable(actor), RecordStatus.DRAFT, false);
	}

	/** Records waiting for review that the actor may publish. */
	List<RecordState> awaitingReview(Actor actor) {
		Set<String> reviewable = permissions.editsAll(actor) ? null : filter(actor, (id) -> permissions.canPublish(actor, id));
		return list(actor, reviewable, RecordStatus.IN_REVIEW, false);
	}

	/** Records the actor's organizations submitted and are waiting for someone else's review. */
	List<RecordState> submitted(Actor actor) {
		return list(actor, readable(actor), RecordStatus.IN_REVIEW, false);
	}

	List<RecordState> recentlyPublished(Actor actor) {
		return list(actor, readable(actor), RecordStatus.PUBLISHED, false);
	}

	/** Records with warnings, in any status but withdrawn. */
	List<RecordState> withWarnings(Actor actor) {
		Set<String> scope = readable(actor);
		List<RecordState> out = new ArrayList<>();
		for (RecordStatus status : List.of(RecordStatus.DRAFT, RecordStatus.IN_REVIEW, RecordStatus.PUBLISHED)) {
			out.addAll(list(actor, scope, status, true));
		}
		return newestFirst(out);
	}

	private Set<String> editable(Actor actor) {
		return permissions.editsAll(actor) ? null : filter(actor, (id) -> actor.roles().get(id).edits());
	}

	private Set<String> readable(Actor actor) {
		return permissions.editsAll(actor) ? null : filter(actor, (id) -> true);
	}

	private static Set<String> filter(Actor actor, java.util.function.Predicate<String> keep) {
		Set<String> out = new LinkedHashSet<>();
		actor.roles().keySet().stream().filter(keep).forEach(out::add);
		return out;
	}

	/** {@code publishers} null means every publisher. */
	private List<RecordState> list(Actor actor, Set<String> publishers, RecordStatus status, boolean withWarnings) {
		if (publishers == null) {
			return store.find(new RecordQuery(status, null, withWarnings, LIMIT));
		}
		List<RecordState> out = new ArrayList<>();
		for (String id : publishers) {
			// A publisher record owns itself, but only coordinators act on it.
			store.find(new RecordQuery(status, publisherPrefix + id, withWarnings, LIMIT)).stream()
				.filter((s) -> s.ref().kind() != RecordKind.PUBLISHER)
				.forEach(out::add);
		}
		return newestFirst(out);
	}

	private static List<RecordState> newestFirst(List<RecordState> states) {
		return states.stream().sorted(Comparator.comparing(RecordState::modified).reversed()).limit(LIMIT).toList();
	}

}
