package org.registro.harvest;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.registro.harvest.read.RunError;
import org.registro.security.Permissions;
import org.registro.validation.Problem;
import org.registro.validation.ProblemDescriber;
import org.registro.web.BadRequestException;
import org.registro.web.ForbiddenException;
import org.registro.web.NotFoundException;
import org.registro.web.ProblemType;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/harvest}: sources, runs and their reports, for coordinators and sysadmins. */
@RestController
@RequestMapping("/api/v1/harvest")
class HarvestApiController {

	private static final int MAX_ENTRIES_PAGE = 1000;

	private final HarvestService harvest;

	private final Permissions permissions;

	private final ProblemDescriber describer;

	HarvestApiController(HarvestService harvest, Permissions permissions, ProblemDescriber describer) {
		this.harvest = harvest;
		this.permissions = permissions;
		this.describer = describer;
	}

	record Options(Integer pageSize, Map<String, String> headers, String format, String validation) {
	}

	record SourceBody(String id, String title, String url, String type, String publisher, String schedule, Boolean enabled,
			Options options) {

		SourceForm form() {
			Options o = options == null ? new Options(null, null, null, null) : options;
			// An explicit JSON null publisher means "take it from the source", like an absent one on create.
			return new SourceForm(id, title, url, type, publisher, schedule, enabled, o.pageSize(), o.headers(), o.format(), o.validation());
		}
	}

	record SourceJson(String id, String title, String url, String type, String publisher, String schedule, boolean enabled,
			Options options, Instant created, String createdBy, String jobs) {

		static SourceJson of(HarvestSource s) {
			SourceOptions o = s.options();
			return new SourceJson(s.id(), s.title(), s.url().toString(), s.type().token(), s.publisher(), s.schedule().token(), s.enabled(),
					new Options(o.pageSize(), o.headers(), o.format(), o.validation().token()), s.created(), s.createdBy(),
					"/api/v1/harvest/sources/" + s.id() + "/jobs");
		}
	}

	record JobJson(String id, String source, String status, boolean incremental, boolean complete, String startedBy, Instant queued,
			Instant started, Instant finished, int pages, int created, int updated, int unchanged, int withdrawn, int rejected,
			int drafted, List<RunError> errors, String entries, String report) {

		static JobJson of(HarvestJob j) {
			return new JobJson(j.id(), j.sourceId(), j.status().token(), j.incremental(), j.complete(), j.startedBy(), j.queued(), j.started(),
					j.finished(), j.pages(), j.count(Outcome.CREATED), j.count(Outcome.UPDATED), j.count(Outcome.UNCHANGED),
					j.count(Outcome.WITHDRAWN), j.count(Outcome.REJECTED), j.count(Outcome.DRAFTED), j.errors(),
					"/api/v1/harvest/jobs/" + j.id() + "/entries", "/manage/harvest/jobs/" + j.id());
		}
	}

	record EntryJson(long position, String outcome, String key, String location, String dataset, String record, String code,
			String detail, List<Problem> problems) {
	}

	record EntriesJson(long total, int page, int size, int pages, List<EntryJson> entries) {
	}

	@GetMapping("/sources")
	List<SourceJson> sources() {
		check();
		return harvest.sources().stream().map(SourceJson::of).toList();
	}

	@PostMapping("/sources")
	ResponseEntity<SourceJson> create(@RequestBody SourceBody body) {
		String actor = check();
		HarvestSource s = harvest.create(body.form(), actor);
		return ResponseEntity.created(URI.create("/api/v1/harvest/sources/" + s.id())).body(SourceJson.of(s));
	}

	@GetMapping("/sources/{id}")
	SourceJson source(@PathVariable String id) {
		check();
		return harvest.source(id).map(SourceJson::of).orElseThrow(() -> new NotFoundException("There is no harvest source '" + id + "'"));
	}

	@PutMapping("/sources/{id}")
	SourceJson update(@PathVariable String id, @RequestBody SourceBody body) {
		check();
		return SourceJson.of(harvest.update(id, body.form()));
	}

	@DeleteMapping("/sources/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		check();
		harvest.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/sources/{id}/jobs")
	ResponseEntity<JobJson> start(@PathVariable String id) {
		String actor = check();
		HarvestJob job = harvest.start(id, actor);
		return ResponseEntity.accepted().location(URI.create("/api/v1/harvest/jobs/" + job.id())).body(JobJson.of(job));
	}

	@GetMapping("/sources/{id}/jobs")
	List<JobJson> jobs(@PathVariable String id, @RequestParam(defaultValue = "20") int limit) {
		check();
		if (harvest.source(id).isEmpty() && harvest.jobs(id, 1).isEmpty()) {
			throw new NotFoundException("There is no harvest source '" + id + "'");
		}
		return harvest.jobs(id, Math.clamp(limit, 1, 1000)).stream().map(JobJson::of).toList();
	}

	@GetMapping("/jobs/{id}")
	JobJson job(@PathVariable String id) {
		check();
		return harvest.job(id).map(JobJson::of).orElseThrow(() -> new NotFoundException("There is no harvest job '" + id + "'"));
	}

	/** The report as stored, TriG by default or N-Quads: the job's graph and its entries' SHACL reports. */
	@GetMapping(value = "/jobs/{id}/report", produces = { "application/trig", "application/n-quads" })
	void report(@PathVariable String id, @RequestHeader(value = "Accept", required = false) String accept, HttpServletResponse response)
			throws IOException {
		check();
		DatasetGraph report = harvest.report(id).orElseThrow(() -> new NotFoundException("There is no harvest job '" + id + "'"));
		Lang lang = accept != null && accept.contains("application/n-quads") && !accept.contains("application/trig") ? Lang.NQUADS : Lang.TRIG;
		response.setContentType(lang.getHeaderString() + ";charset=utf-8");
		// Streamed as written: a report of a large run holds an entry per record.
		RDFDataMgr.write(response.getOutputStream(), report, lang);
	}

	@GetMapping("/jobs/{id}/entries")
	EntriesJson entries(@PathVariable String id, @RequestParam(required = false) String outcome, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "100") int size) {
		check();
		harvest.job(id).orElseThrow(() -> new NotFoundException("There is no harvest job '" + id + "'"));
		Outcome filter = null;
		if (outcome != null && !outcome.isBlank()) {
			try {
				filter = Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException("outcome must be one of created, updated, withdrawn, rejected, drafted");
			}
		}
		if (page < 1 || size < 1 || size > MAX_ENTRIES_PAGE) {
			throw new BadRequestException("page must be at least 1 and size between 1 and " + MAX_ENTRIES_PAGE);
		}
		EntryPage p = harvest.entries(id, filter, page, size);
		Locale locale = LocaleContextHolder.getLocale();
		List<EntryJson> entries = p.entries().stream()
			.map((e) -> new EntryJson(e.position(), e.outcome().token(), e.key(), e.location(), e.dataset(), e.recordId(), e.code(), e.detail(),
					e.report() == null ? List.of() : describer.describe(ReportEntries.of(e.report()), locale)))
			.toList();
		return new EntriesJson(p.total(), p.page(), p.size(), p.pages(), entries);
	}

	@ExceptionHandler(InvalidSourceException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidSourceException ex) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The source was not saved: " + ex.getMessage());
		p.setType(ProblemType.BAD_REQUEST);
		p.setTitle("Invalid harvest source");
		p.setProperty("errors", ex.errors().stream().map((e) -> Map.of("field", e.field(), "message", e.message())).toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
	}

	/** The actor's name, or 403 for anyone but coordinators and sysadmins. */
	private String check() {
		var actor = permissions.current();
		if (!permissions.editsAll(actor)) {
			throw new ForbiddenException("Only coordinators and sysadmins manage harvest sources");
		}
		return actor.username();
	}

}
