package org.registro.steward;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.registro.history.FieldChange;
import org.registro.history.VersionDiff;
import org.registro.record.CatalogEntries;
import org.registro.record.HistoryEntry;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordState;
import org.registro.record.RecordStatus;
import org.registro.record.ValidationFailedException;
import org.registro.security.AccountDirectory;
import org.registro.security.Actor;
import org.registro.security.Permissions;
import org.registro.security.RecordAccess;
import org.registro.system.RegistryProperties;
import org.registro.validation.ProblemDescriber;
import org.registro.web.BadRequestException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A record's history for its organization: every change with who, when, what it did and the
 * fields it added, changed or removed; any version can be viewed and restored as a new draft.
 */
@Controller
@RequestMapping("/manage/" + ManagedRef.KINDS + "/{id}/history")
class HistoryPageController {

	private final RecordService records;

	private final RecordAccess access;

	private final PublisherChoices publishers;

	private final Permissions permissions;

	private final VersionDiff diff;

	private final AccountDirectory directory;

	private final ProblemDescriber describer;

	private final MessageSource messages;

	private final String baseUri;

	HistoryPageController(RecordService records, RecordAccess access, Permissions permissions, VersionDiff diff, AccountDirectory directory,
			ProblemDescriber describer, MessageSource messages, RegistryProperties properties, PublisherChoices publishers) {
		this.publishers = publishers;
		this.records = records;
		this.access = access;
		this.permissions = permissions;
		this.diff = diff;
		this.directory = directory;
		this.describer = describer;
		this.messages = messages;
		this.baseUri = properties.baseUri();
	}

	/** One row of the history page; {@code who} is the person's name and username when known. */
	record Change(HistoryEntry entry, String who, List<FieldChange> changes) {
	}

	@GetMapping
	String history(@PathVariable String kinds, @PathVariable String id, Model model, Locale locale) {
		Actor actor = permissions.current();
		RecordRef ref = ManagedRef.of(kinds, id);
		RecordState state = access.readable(actor, ref);
		List<Change> changes = new ArrayList<>();
		Graph before = GraphFactory.createDefaultGraph();
		for (RecordService.Written w : records.historyWithContents(ref)) {
			// Each version names the resource it describes (a harvested dataset keeps its source's IRI).
			Node subject = CatalogEntries.subjectOf(w.content(), ref.iri(baseUri));
			changes.add(new Change(w.entry(), who(w.entry().actor()), diff.diff(before, w.content(), subject, locale)));
			before = w.content();
		}
		model.addAttribute("changes", changes.reversed());
		model.addAttribute("record", RecordRow.of(state, locale, publishers.nameOf(access.owner(state), locale)));
		model.addAttribute("path", ManagedRef.path(ref));
		return "manage/history";
	}

	@GetMapping("/{version}")
	String version(@PathVariable String kinds, @PathVariable String id, @PathVariable long version, Model model, Locale locale) {
		Actor actor = permissions.current();
		RecordRef ref = ManagedRef.of(kinds, id);
		RecordState state = access.readable(actor, ref);
		requireVersion(state, version);
		RecordService.Version written = records.written(ref, version);
		Node subject = CatalogEntries.subjectOf(written.content(), ref.iri(baseUri));
		model.addAttribute("record", RecordRow.of(state, locale, publishers.nameOf(access.owner(state), locale)));
		model.addAttribute("version", version);
		model.addAttribute("versionStatus", written.status().token());
		model.addAttribute("fields", diff.diff(GraphFactory.createDefaultGraph(), written.content(), subject, locale));
		model.addAttribute("canRestore", version < state.version() && access.canEdit(actor, state)
				&& access.mayWrite(actor, ref, written.content(), RecordStatus.DRAFT));
		model.addAttribute("path", ManagedRef.path(ref));
		return "manage/version";
	}

	@PostMapping("/{version}/restore")
	String restore(@PathVariable String kinds, @PathVariable String id, @PathVariable long version, RedirectAttributes flash,
			Locale locale) {
		Actor actor = permissions.current();
		RecordRef ref = ManagedRef.of(kinds, id);
		RecordState state = access.readable(actor, ref);
		requireVersion(state, version);
		// The old version may name another organization: restoring it must be allowed for that one too.
		access.requireWrite(actor, ref, records.written(ref, version).content(), RecordStatus.DRAFT);
		try {
			records.restore(ref, version, actor.username());
			flash.addFlashAttribute("notice", messages.getMessage("steward.done.restore", new Object[] { version }, locale));
		}
		catch (ValidationFailedException ex) {
			flash.addFlashAttribute("error", messages.getMessage("steward.error.restoreViolations", null, locale));
			flash.addFlashAttribute("violations", describer.describe(ex.outcome().report().getEntries(), locale)
				.stream().filter((p) -> p.severity().equals("violation")).toList());
		}
		return "redirect:" + ManagedRef.path(ref);
	}

	private String who(String username) {
		return directory.actor(username)
			.filter((a) -> a.name() != null && !a.name().isBlank() && !a.name().equals(username))
			.map((a) -> a.name() + " (" + username + ")")
			.orElse(username);
	}

	private static void requireVersion(RecordState state, long version) {
		if (version < 1 || version > state.version()) {
			throw new BadRequestException("Version must be between 1 and " + state.version());
		}
	}

}
