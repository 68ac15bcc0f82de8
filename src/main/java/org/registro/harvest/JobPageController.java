package org.registro.harvest;

import java.util.Arrays;
import java.util.Locale;

import org.registro.web.BadRequestException;
import org.registro.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A job's report ({@code /manage/harvest/jobs/{id}}): what happened, the run errors, and the
 * entries {@value #PAGE_SIZE} a page, filtered by outcome ({@code ?outcome=rejected&page=2}).
 * While the job is queued or running the page reloads itself.
 */
@Controller
@RequestMapping(HarvestPaths.HOME + "/jobs/{id}")
class JobPageController {

	static final int PAGE_SIZE = 50;

	/** Seconds between reloads of an unfinished job's page. */
	static final int REFRESH_SECONDS = 5;

	private final HarvestService harvest;

	private final HarvestAccess access;

	private final JobReport report;

	JobPageController(HarvestService harvest, HarvestAccess access, JobReport report) {
		this.harvest = harvest;
		this.access = access;
		this.report = report;
	}

	@GetMapping
	String job(@PathVariable String id, @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "1") int page,
			Model model, Locale locale) {
		access.require();
		Outcome filter = outcome(outcome);
		if (page < 1) {
			throw new BadRequestException("The page is counted from 1");
		}
		HarvestJob job = harvest.job(id).orElseThrow(() -> new NotFoundException("There is no harvest job '" + id + "'"));
		EntryPage entries = harvest.entries(id, filter, page, PAGE_SIZE);
		model.addAttribute("job", job);
		model.addAttribute("source", harvest.source(job.sourceId()).orElse(null));
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("errors", report.errors(job, locale));
		model.addAttribute("tabs", JobReport.tabs(job, filter));
		model.addAttribute("entries", entries);
		model.addAttribute("entryViews", report.entries(entries, locale));
		model.addAttribute("previous", page > 1 ? href(id, filter, page - 1) : null);
		model.addAttribute("next", page < entries.pages() ? href(id, filter, page + 1) : null);
		model.addAttribute("refresh", job.status().done() ? null : REFRESH_SECONDS);
		model.addAttribute("path", HarvestPaths.job(id));
		return "harvest/job";
	}

	/** A page of this job's entries; the tabs link to page 1 of each outcome. */
	static String href(String id, Outcome outcome, int page) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(HarvestPaths.job(id));
		if (outcome != null) {
			b.queryParam("outcome", outcome.token());
		}
		if (page > 1) {
			b.queryParam("page", page);
		}
		return b.build().toUriString();
	}

	private static Outcome outcome(String token) {
		if (token.isEmpty() || token.equals("all")) {
			return null;
		}
		return Arrays.stream(Outcome.values())
			.filter((o) -> o.token().equals(token))
			.findFirst()
			.orElseThrow(() -> new BadRequestException("Unknown outcome '" + token + "'; use one of created, updated, unchanged, "
					+ "withdrawn, rejected, drafted"));
	}

}
