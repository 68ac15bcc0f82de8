package org.registro.steward;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.registro.form.FormBinder;
import org.registro.form.FormSchemas;
import org.registro.form.FormSpec;
import org.registro.form.FormValues;
import org.registro.record.InvalidRecordException;
import org.registro.record.RecordConflictException;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordState;
import org.registro.record.RecordStatus;
import org.registro.record.ValidationFailedException;
import org.registro.security.Actor;
import org.registro.security.Permissions;
import org.registro.security.RecordOwner;
import org.registro.security.RecordAccess;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.registro.validation.Problem;
import org.registro.validation.ProblemDescriber;
import org.registro.web.ForbiddenException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create and edit a record in the form the shapes describe. A save writes a draft through the same
 * validation as the API: violations keep the form as typed, with each message next to its field
 * (422); warnings are stored and shown. "Save and submit" also sends it for review. A hidden
 * version number refuses a save over someone else's newer one.
 */
@Controller
@RequestMapping("/manage/" + ManagedRef.KINDS)
class RecordFormController {

	static final String SUBMIT = "_submit";

	static final String VERSION = "_version";

	static final String ID = "_id";

	private final FormSchemas schemas;

	private final FormBinder binder;

	private final RecordService records;

	private final RecordStore store;

	private final RecordAccess access;

	private final Permissions permissions;

	private final PublisherChoices publishers;

	private final ProblemDescriber describer;

	private final MessageSource messages;

	private final String baseUri;

	RecordFormController(FormSchemas schemas, FormBinder binder, RecordService records, RecordStore store, RecordAccess access,
			Permissions permissions, PublisherChoices publishers, ProblemDescriber describer, MessageSource messages,
			RegistryProperties properties) {
		this.schemas = schemas;
		this.binder = binder;
		this.records = records;
		this.store = store;
		this.access = access;
		this.permissions = permissions;
		this.publishers = publishers;
		this.describer = describer;
		this.messages = messages;
		this.baseUri = properties.baseUri();
	}

	@GetMapping("/new")
	String create(@PathVariable String kinds, Model model, Locale locale) {
		Actor actor = permissions.current();
		RecordKind kind = RecordKind.fromCollection(kinds);
		requireCreate(actor, kind, locale);
		FormSpec spec = schemas.forClass(kind.type());
		FormValues values = new FormValues(spec, null);
		Map<String, String> choices = publishers.forActor(actor, locale);
		if (kind == RecordKind.DATASET && choices.size() == 1) {
			spec.fieldByPath(DCTerms.publisher.getURI())
				.ifPresent((f) -> values.add(f.key(), choices.keySet().iterator().next()));
		}
		return render(model, new Editing(kind, null, 0, spec, values, null, choices), null);
	}

	@PostMapping("/new")
	String createPost(@PathVariable String kinds, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes flash, Locale locale) {
		Actor actor = permissions.current();
		RecordKind kind = RecordKind.fromCollection(kinds);
		requireCreate(actor, kind, locale);
		FormSpec spec = schemas.forClass(kind.type());
		Map<String, String[]> params = request.getParameterMap();
		FormValues values = binder.fromParams(params, spec);
		Editing editing = new Editing(kind, null, 0, spec, values, null, publishers.forActor(actor, locale));
		if (FormBinder.isEditAction(params)) {
			return render(model, editing, null);
		}
		String wanted = param(params, ID).strip();
		if (!wanted.isEmpty() && (!RecordRef.isValidId(wanted) || RecordIds.isReserved(wanted)
				|| records.state(new RecordRef(kind, wanted)).isPresent())) {
			response.setStatus(422);
			return render(model, editing, message(RecordRef.isValidId(wanted) ? "steward.form.idTaken" : "steward.form.idInvalid", locale));
		}
		String id = wanted.isEmpty() ? RecordIds.fromTitle(firstTitle(values), (candidate) -> records.state(new RecordRef(kind, candidate)).isPresent())
				: wanted;
		return save(actor, new RecordRef(kind, id), editing, GraphFactory.createDefaultGraph(), params, response, model, flash, locale);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable String kinds, @PathVariable String id, Model model, Locale locale) {
		Actor actor = permissions.current();
		RecordRef ref = ManagedRef.of(kinds, id);
		RecordState state = editable(actor, ref);
		FormSpec spec = schemas.forClass(ref.kind().type());
		Node subject = subject(ref);
		Graph content = latest(ref);
		FormValues values = binder.fromGraph(content, subject, spec);
		List<Problem> warnings = describer.describe(records.revalidate(ref, content).report().getEntries(), locale);
		Map<String, List<Problem>> problems = binder.problemsByField(warnings, values, subject);
		return render(model, new Editing(ref.kind(), ref, state.version(), spec, values, problems, publishers.forActor(actor, locale)),
				null);
	}

	@PostMapping("/{id}/edit")
	String editPost(@PathVariable String kinds, @PathVariable String id, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes flash, Locale locale) {
		Actor actor = permissions.current();
		RecordRef ref = ManagedRef.of(kinds, id);
		RecordState state = editable(actor, ref);
		FormSpec spec = schemas.forClass(ref.kind().type());
		Map<String, String[]> params = request.getParameterMap();
		FormValues values = binder.fromParams(params, spec);
		long version = parseVersion(param(params, VERSION));
		Editing editing = new Editing(ref.kind(), ref, version, spec, values, null, publishers.forActor(actor, locale));
		if (FormBinder.isEditAction(params)) {
			return render(model, editing, null);
		}
		if (version != state.version()) {
			return stale(model, editing, state.version(), response, locale);
		}
		return save(actor, ref, editing, latest(ref), params, response, model, flash, locale);
	}

	private String save(Actor actor, RecordRef ref, Editing editing, Graph original, Map<String, String[]> params,
			HttpServletResponse response, Model model, RedirectAttributes flash, Locale locale) {
		Node subject = subject(ref);
		boolean creating = editing.ref() == null;
		Graph graph = binder.toGraph(editing.values(), editing.spec(), subject, original);
		if (editing.values().hasErrors()) {
			response.setStatus(422);
			return render(model, editing, message("steward.form.notSaved", locale));
		}
		Map<String, List<Problem>> ownerProblem = ownerProblem(actor, ref, graph, editing, locale);
		if (!ownerProblem.isEmpty()) {
			response.setStatus(422);
			return render(model, editing.withProblems(ownerProblem), message("steward.form.notSaved", locale));
		}
		access.requireWrite(actor, ref, graph, RecordStatus.DRAFT);
		boolean submit = params.containsKey(SUBMIT);
		try {
			if (creating) {
				records.create(ref, graph, RecordStatus.DRAFT, actor.username());
			}
			else if (!records.unchanged(ref, graph)) {
				records.put(ref, graph, RecordStatus.DRAFT, actor.username(), editing.version());
			}
			else if (!submit) {
				flash.addFlashAttribute("notice", message("steward.form.noChange", locale));
				return "redirect:" + ManagedRef.path(ref);
			}
		}
		catch (ValidationFailedException ex) {
			List<Problem> problems = describer.describe(ex.outcome().report().getEntries(), locale);
			response.setStatus(422);
			return render(model, editing.withProblems(binder.problemsByField(problems, editing.values(), subject)),
					message("steward.form.notSaved", locale));
		}
		catch (InvalidRecordException ex) {
			response.setStatus(422);
			return render(model, editing, message("steward.form.notSaved", locale) + " " + ex.getMessage());
		}
		catch (RecordConflictException ex) {
			if (creating) {
				response.setStatus(409);
				return render(model, editing, message("steward.form.idTaken", locale));
			}
			return stale(model, editing, records.state(ref).map(RecordState::version).orElse(0L), response, locale);
		}
		String notice = submit ? "steward.form.savedAndSubmitted" : "steward.form.saved";
		if (submit) {
			try {
				records.transition(ref, RecordStatus.IN_REVIEW, actor.username(), null);
			}
			catch (RecordConflictException ex) {
				notice = "steward.form.savedNotSubmitted";
			}
		}
		flash.addFlashAttribute("notice", message(notice, locale));
		return "redirect:" + ManagedRef.path(ref);
	}

	/**
	 * The publisher a steward chose must be one they edit for; saying so next to the field keeps the
	 * form, where a 403 would lose it.
	 */
	private Map<String, List<Problem>> ownerProblem(Actor actor, RecordRef ref, Graph graph, Editing editing, Locale locale) {
		if (ref.kind() != RecordKind.DATASET) {
			return Map.of();
		}
		String owner = RecordOwner.publisherOf(ref, graph, records.subject(ref), baseUri).orElse(null);
		if (permissions.canEdit(actor, owner)) {
			return Map.of();
		}
		String key = editing.spec().fieldByPath(DCTerms.publisher.getURI()).map((f) -> f.key()).orElse("");
		Problem problem = new Problem("violation", records.subject(ref), DCTerms.publisher.getURI(), owner,
				message(owner == null ? "steward.form.publisherMissing" : "steward.form.publisherNotYours", locale), null);
		return Map.of(key, List.of(problem));
	}

	/** Someone saved meanwhile: keep what was typed, and let the next save knowingly replace their version. */
	private String stale(Model model, Editing editing, long current, HttpServletResponse response, Locale locale) {
		response.setStatus(409);
		return render(model, editing.atVersion(current), message("steward.form.stale", locale));
	}

	private String render(Model model, Editing editing, String error) {
		model.addAttribute("editing", editing);
		model.addAttribute("spec", editing.spec());
		model.addAttribute("values", editing.values());
		model.addAttribute("problems", editing.problems());
		model.addAttribute("options", editing.publishers());
		model.addAttribute("error", error);
		model.addAttribute("action", editing.ref() == null ? "/manage/" + editing.kind().collection() + "/new"
				: ManagedRef.path(editing.ref()) + "/edit");
		model.addAttribute("path", editing.ref() == null ? "/manage" : ManagedRef.path(editing.ref()) + "/edit");
		return "manage/edit";
	}

	private void requireCreate(Actor actor, RecordKind kind, Locale locale) {
		boolean allowed = kind == RecordKind.PUBLISHER ? permissions.canManagePublishers(actor) : permissions.editsAny(actor);
		if (!allowed) {
			throw new ForbiddenException(message("steward.error.forbidden", locale));
		}
	}

	private RecordState editable(Actor actor, RecordRef ref) {
		RecordState state = access.readable(actor, ref);
		access.requireEdit(actor, state);
		if (state.status() == RecordStatus.WITHDRAWN) {
			throw new RecordConflictException("A withdrawn record cannot be edited; restore a version from its history");
		}
		return state;
	}

	private Graph latest(RecordRef ref) {
		return store.content(ref).orElseGet(GraphFactory::createDefaultGraph);
	}

	/** The described resource: a harvested dataset keeps its source's IRI. */
	private Node subject(RecordRef ref) {
		return NodeFactory.createURI(records.subject(ref));
	}

	private static String firstTitle(FormValues values) {
		for (String key : List.of("title", "name")) {
			for (String lang : List.of("es", "en")) {
				List<String> found = values.values(key, lang);
				if (!found.isEmpty() && !found.get(0).isBlank()) {
					return found.get(0);
				}
			}
			List<String> plain = values.values(key);
			if (!plain.isEmpty() && !plain.get(0).isBlank()) {
				return plain.get(0);
			}
		}
		return "";
	}

	private static String param(Map<String, String[]> params, String name) {
		String[] v = params.get(name);
		return v == null || v.length == 0 ? "" : v[0];
	}

	private static long parseVersion(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** What the edit page shows: which record, the form and its values, and the problems per field. */
	record Editing(RecordKind kind, RecordRef ref, long version, FormSpec spec, FormValues values, Map<String, List<Problem>> problems,
			Map<String, String> publishers) {

		Editing withProblems(Map<String, List<Problem>> found) {
			return new Editing(kind, ref, version, spec, values, found, publishers);
		}

		Editing atVersion(long latest) {
			return new Editing(kind, ref, latest, spec, values, problems, publishers);
		}

	}

}
