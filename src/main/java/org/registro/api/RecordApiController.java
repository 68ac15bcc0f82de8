package org.registro.api;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.Graph;
import org.registro.record.HistoryEntry;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordState;
import org.registro.record.RecordStatus;
import org.registro.record.WriteResult;
import org.registro.security.Permissions;
import org.registro.security.RecordAccess;
import org.registro.system.RegistryProperties;
import org.registro.validation.ProblemDescriber;
import org.registro.web.BadRequestException;
import org.registro.web.ContentNegotiator;
import org.registro.web.RdfBodyReader;
import org.registro.web.RdfFormat;
import org.registro.web.Representation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Create, replace, read, withdraw records and read their history; the kind comes from the path.
 * Each action is checked by {@link RecordAccess} before anything is stored or shown.
 */
@RestController
@RequestMapping("/api/v1/{kinds:datasets|publishers}/{id}")
class RecordApiController {

	private final RecordService records;

	private final RdfBodyReader bodies;

	private final ProblemDescriber describer;

	private final ContentNegotiator negotiator;

	private final String baseUri;

	private final RecordAccess access;

	private final Permissions permissions;

	RecordApiController(RecordService records, RdfBodyReader bodies, ProblemDescriber describer, ContentNegotiator negotiator,
			RegistryProperties properties, RecordAccess access, Permissions permissions) {
		this.records = records;
		this.access = access;
		this.permissions = permissions;
		this.bodies = bodies;
		this.describer = describer;
		this.negotiator = negotiator;
		this.baseUri = properties.baseUri();
	}

	@PutMapping
	ResponseEntity<WriteResponse> put(@PathVariable String kinds, @PathVariable String id,
			@RequestParam(defaultValue = "published") String status, HttpServletRequest request, Principal principal, Locale locale) {
		RecordRef ref = ref(kinds, id);
		RecordStatus wanted = parseStatus(status);
		Graph body = bodies.read(request, ref.iri(baseUri));
		java.util.Optional<RecordState> checked = records.state(ref);
		access.requireWrite(permissions.current(), ref, body, wanted);
		// The check above holds for the version it saw: write only over that one, so a record created
		// or changed meanwhile (perhaps by another organization) is never overwritten unchecked.
		WriteResult result = checked.isEmpty() ? records.create(ref, body, wanted, principal.getName())
				: records.put(ref, body, wanted, principal.getName(), checked.get().version());
		// The described resource's IRI: a harvested dataset keeps its source's.
		WriteResponse response = WriteResponse.of(result, result.state().summary().subject(ref.iri(baseUri)),
				describer.describe(result.outcome().warnings(), locale));
		// The write has committed: answer JSON whatever Accept says (RFC 9110 allows disregarding it)
		// rather than a 406 that would make the client believe nothing was stored.
		if (result.created()) {
			return ResponseEntity.created(location(ref, result)).contentType(MediaType.APPLICATION_JSON).body(response);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(response);
	}

	@DeleteMapping
	ResponseEntity<Void> withdraw(@PathVariable String kinds, @PathVariable String id, Principal principal) {
		RecordRef ref = ref(kinds, id);
		access.requireWithdraw(permissions.current(), ref);
		records.withdraw(ref, principal.getName());
		return ResponseEntity.noContent().build();
	}

	/** The latest version, drafts included (the public page shows only the published one). */
	@GetMapping
	ResponseEntity<Graph> latest(@PathVariable String kinds, @PathVariable String id, HttpServletRequest request) {
		RecordRef ref = ref(kinds, id);
		RecordState state = access.readable(permissions.current(), ref);
		return rdf(records.version(ref, state.version()), state.status(), request);
	}

	@GetMapping("/history")
	List<HistoryResponse> history(@PathVariable String kinds, @PathVariable String id) {
		RecordRef ref = ref(kinds, id);
		access.readable(permissions.current(), ref);
		return records.history(ref).stream().map(HistoryResponse::of).toList();
	}

	@GetMapping("/history/{version}")
	ResponseEntity<Graph> version(@PathVariable String kinds, @PathVariable String id, @PathVariable long version,
			HttpServletRequest request) {
		RecordRef ref = ref(kinds, id);
		RecordState state = access.readable(permissions.current(), ref);
		if (version < 1 || version > state.version()) {
			throw new BadRequestException("Version must be between 1 and " + state.version());
		}
		// The status this version was written with, not the record's current one.
		RecordService.Version written = records.written(ref, version);
		return rdf(written.content(), written.status(), request);
	}

	/** The public page once published; a draft can only be read back through the API. */
	private static URI location(RecordRef ref, WriteResult result) {
		if (result.state().isPublic()) {
			return URI.create("/" + ref.kind().segment() + "/" + ref.id());
		}
		return URI.create("/api/v1/" + ref.kind().collection() + "/" + ref.id());
	}

	private ResponseEntity<Graph> rdf(Graph graph, RecordStatus status, HttpServletRequest request) {
		List<Representation> offers = List.of(Representation.of(RdfFormat.TURTLE), Representation.of(RdfFormat.JSONLD),
				Representation.of(RdfFormat.RDFXML), Representation.of(RdfFormat.NTRIPLES));
		Representation r = negotiator.negotiate(request, null, offers);
		return ResponseEntity.ok()
			.contentType(r.mediaType())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.header("X-Record-Status", status.token())
			.body(graph);
	}

	private static RecordRef ref(String kinds, String id) {
		return new RecordRef(RecordKind.fromCollection(kinds), id);
	}

	private static RecordStatus parseStatus(String status) {
		try {
			return RecordStatus.fromToken(status);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(ex.getMessage());
		}
	}

	/** What a write did, in JSON. */
	record WriteResponse(String id, String iri, String status, long version, boolean created, boolean changed, int warningCount,
			List<org.registro.validation.Problem> warnings) {

		static WriteResponse of(WriteResult r, String iri, List<org.registro.validation.Problem> warnings) {
			return new WriteResponse(r.state().ref().id(), iri, r.state().status().token(), r.state().version(), r.created(), r.changed(),
					warnings.size(), warnings);
		}

	}

	/** One history entry in JSON; the patch is RDF Patch text; the comment is absent when none was given. */
	record HistoryResponse(long version, String at, String actor, String action, String status, int added, int removed, String patch,
			String comment) {

		static HistoryResponse of(HistoryEntry e) {
			return new HistoryResponse(e.version(), e.at().toString(), e.actor(), e.action(), e.statusAfter().token(), e.added(), e.removed(),
					e.patch(), e.comment());
		}

	}

}
