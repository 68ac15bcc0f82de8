package org.registro.harvest;

import java.util.List;
import java.util.Locale;

import org.registro.security.Actor;
import org.registro.steward.PublisherChoices;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' harvest pages: the list of sources ({@code /manage/harvest}), one source with
 * its jobs and the "harvest now" button, and deleting a source after a confirmation page.
 */
@Controller
@RequestMapping(HarvestPaths.HOME)
class HarvestPageController {

	/** Jobs shown on a source's page, newest first. */
	static final int JOBS_SHOWN = 50;

	private final HarvestService harvest;

	private final HarvestAccess access;

	private final PublisherChoices publishers;

	private final MessageSource messages;

	HarvestPageController(HarvestService harvest, HarvestAccess access, PublisherChoices publishers, MessageSource messages) {
		this.harvest = harvest;
		this.access = access;
		this.publishers = publishers;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		access.require();
		model.addAttribute("rows", harvest.sources().stream().map((s) -> row(s, harvest.jobs(s.id(), 1), locale)).toList());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("path", HarvestPaths.HOME);
		return "harvest/sources";
	}

	@GetMapping("/sources/{id}")
	String source(@PathVariable String id, Model model, Locale locale) {
		access.require();
		HarvestSource source = harvest.source(id).orElseThrow(() -> SourceFormController.notFound(id));
		List<HarvestJob> jobs = harvest.jobs(id, JOBS_SHOWN);
		model.addAttribute("row", row(source, jobs, locale));
		model.addAttribute("format", SourceRow.format(source.options(), messages, locale));
		model.addAttribute("jobs", jobs);
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("path", HarvestPaths.source(id));
		return "harvest/source";
	}

	/** Harvest now: to the new job's page, or back here naming the job already running. */
	@PostMapping("/sources/{id}/jobs")
	String start(@PathVariable String id, RedirectAttributes flash) {
		Actor actor = access.require();
		try {
			return "redirect:" + HarvestPaths.job(harvest.start(id, actor.username()).id());
		}
		catch (JobConflictException ex) {
			flash.addFlashAttribute("runningJob", ex.runningJob());
			return "redirect:" + HarvestPaths.source(id);
		}
	}

	@GetMapping("/sources/{id}/delete")
	String confirmDelete(@PathVariable String id, Model model, Locale locale) {
		access.require();
		HarvestSource source = harvest.source(id).orElseThrow(() -> SourceFormController.notFound(id));
		model.addAttribute("source", source);
		model.addAttribute("path", HarvestPaths.source(id) + "/delete");
		return "harvest/delete";
	}

	@PostMapping("/sources/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes flash) {
		access.require();
		harvest.delete(id);
		flash.addFlashAttribute("notice", "harvest.done.deleted");
		return "redirect:" + HarvestPaths.HOME;
	}

	private SourceRow row(HarvestSource s, List<HarvestJob> jobs, Locale locale) {
		return new SourceRow(s, publishers.name(s.publisher(), locale), SourceRow.schedule(s.schedule(), messages, locale),
				jobs.isEmpty() ? null : jobs.get(0));
	}

}
