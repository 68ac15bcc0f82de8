package org.registro.steward;

import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.registro.record.CatalogEntries;
import org.registro.record.HistoryEntry;
import org.registro.record.RecordNotFoundException;
import org.registro.record.RecordConflictException;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordState;
import org.registro.record.RecordStatus;
import org.registro.record.ValidationFailedException;
import org.registro.security.Actor;
import org.registro.security.Permissions;
import org.registro.security.RecordAccess;
import org.registro.system.RegistryProperties;
import org.registro.validation.Problem;
import org.registro.validation.ProblemDescriber;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A record's page for its organization: status, warnings, the last reviewer's comment and the
 * workflow buttons the signed-in person may use (submit, publish, send back, withdraw). Each
 * button is a POST form (CSRF token included) answered with a redirect back here and a message.
 */
@Controller
@RequestMapping("/manage/" + ManagedRef.KINDS + "/{id}")
class RecordPageController {

	private final RecordService records;

	private final RecordAccess access;

	private final PublisherChoices publishers;

	private final Permissions permissions;

	private final ProblemDescriber describer;

	private final MessageSource messages;

	private final String baseUri;

	RecordPageController(RecordService records, RecordAccess access, Permissions permissions,
			ProblemDescriber describer, MessageSource messages, RegistryProperties properties, PublisherChoices publishers) {
		this.publishers = publishers;
		this.records = records;
		this.access = access;
		this.permissions = permissions;
		this.describer = describer;
		this.messages = messages;
		this.baseUri = properties.baseUri();
	}

	@GetMapping
	String page(@PathVariable String kinds, @PathVariable String id, Model model, Locale locale) {
		Actor actor = permissions.current();
		RecordRef ref = ManagedRef.of(kinds, id);
		RecordState state = access.readable(actor, ref);
		model.addAttribute("record", RecordRow.of(state, locale, publishers.nameOf(access.owner(state), locale)));
		model.addAttribute("state", state);
		model.addAttribute("publicHref", state.isPublic() || state.isGone() ? "/" + ref.kind().segment() + "/" + ref.id() : null);
		model.addAttribute("warnings", state.status() == RecordStatus.WITHDRAWN ? List.of() : warnings(ref, locale));
		model.addAttribute("lastReturn", lastReturn(ref, state));
		boolean live = state.status() != RecordStatus.WITHDRAWN;
		model.addAttribute("canEdit", live && access.canEdit(actor, state));
		model.addAttribute("canSubmit", state.status() == RecordStatus.DRAFT && access.canEdit(actor, state));
		model.addAttribute("canPublish", (state.status() == RecordStatus.DRAFT || state.status() == RecordStatus.IN_REVIEW)
				&& access.canPublish(actor, state));
		model.addAttribute("canReturn", state.status() == RecordStatus.IN_REVIEW && access.canPublish(actor, state));
		model.addAttribute("canWithdraw", live && access.canPublish(actor, state));
		model.addAttribute("path", ManagedRef.path(ref));
		return "manage/record";
	}

	private List<Warnings.Warning> warnings(RecordRef ref, Locale locale) {
		Graph content = records.latest(ref).orElseThrow(() -> new RecordNotFoundException(ref));
		return Warnings.of(describer.describe(records.revalidate(ref, content).report().getEntries(), locale), content,
				CatalogEntries.subjectOf(content, ref.iri(baseUri)).getURI(), locale);
	}

	/** The comment of the reviewer who sent the current draft back, if that is how it became a draft. */
	private HistoryEntry lastReturn(RecordRef ref, RecordState state) {
		if (state.status() != RecordStatus.DRAFT) {
			return null;
		}
		List<HistoryEntry> history = records.history(ref);
		HistoryEntry last = history.get(history.size() - 1);
		return HistoryEntry.RETURN.equals(last.action()) ? last : null;
	}

	@PostMapping("/submit")
	String submit(@PathVariable String kinds, @PathVariable String id, @RequestParam(name = "_version", defaultValue = "-1") long seen,
			RedirectAttributes flash, Locale locale) {
		Actor actor = permissions.current();
		RecordRef ref = ManagedRef.of(kinds, id);
		access.requireEdit(actor, access.readable(actor, ref));
		return move(ref, RecordStatus.IN_REVIEW, actor, null, seen, "steward.done.submit", flash, locale);
	}

	@PostMapping("/publish")
	String publish(@PathVariable String kinds, @PathVariable String id, @RequestParam(name = "_version", defaultValue = "-1") long seen,
			RedirectAttributes flash, Locale locale) {
		Actor actor = permissions.current();
		RecordRef ref = ManagedRef.of(kinds, id);
		access.requirePublish(actor, access.readable(actor, ref));
		return move(ref, RecordStatus.PUBLISHED, actor, null, seen, "steward.done.publish", flash, locale);
	}

	@PostMapping("/return")
	String sendBack(@PathVariable String kinds, @PathVariable String id, @RequestParam(defaultValue = "") String comment,
			@RequestParam(name = "_version", defaultValue = "-1") long seen, RedirectAttributes flash, Locale locale) {
		Actor actor = permissions.current();
		RecordRef ref = ManagedRef.of(kinds, id);
		access.requirePublish(actor, access.readable(actor, ref));
		if (!StringUtils.hasText(comment)) {
			flash.addFlashAttribute("error", messages.getMessage("steward.error.commentRequired", null, locale));
			return "redirect:" + ManagedRef.path(ref);
		}
		return move(ref, RecordStatus.DRAFT, actor, comment.strip(), seen, "steward.done.return", flash, locale);
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable String kinds, @PathVariable String id, RedirectAttributes flash, Locale locale) {
		Actor actor = permissions.current();
		RecordRef ref = ManagedRef.of(kinds, id);
		access.requirePublish(actor, access.readable(actor, ref));
		try {
			records.withdraw(ref, actor.username());
			flash.addFlashAttribute("notice", messages.getMessage("steward.done.withdraw", null, locale));
		}
		catch (RecordConflictException ex) {
			flash.addFlashAttribute("error", messages.getMessage("steward.error.inUse", null, locale));
		}
		return "redirect:" + ManagedRef.path(ref);
	}

	/** @param seen the version the person saw when they pressed the button (-1: not given) */
	private String move(RecordRef ref, RecordStatus target, Actor actor, String comment, long seen, String done,
			RedirectAttributes flash, Locale locale) {
		try {
			records.transition(ref, target, actor.username(), comment, seen < 1 ? RecordService.ANY_VERSION : seen);
			flash.addFlashAttribute("notice", messages.getMessage(done, null, locale));
		}
		catch (RecordConflictException ex) {
			flash.addFlashAttribute("error", messages.getMessage("steward.error.conflict", null, locale));
		}
		catch (ValidationFailedException ex) {
			List<Problem> problems = describer.describe(ex.outcome().report().getEntries(), locale);
			flash.addFlashAttribute("error", messages.getMessage("steward.error.violations", null, locale));
			flash.addFlashAttribute("violations", problems.stream().filter((p) -> p.severity().equals("violation")).toList());
		}
		return "redirect:" + ManagedRef.path(ref);
	}

}
