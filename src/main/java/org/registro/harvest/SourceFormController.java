package org.registro.harvest;

import java.util.Locale;
import java.util.Map;

import org.registro.security.Actor;
import org.registro.steward.PublisherChoices;
import org.registro.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and changing a harvest source ({@code /manage/harvest/new},
 * {@code /manage/harvest/sources/{id}/edit}). A refused form comes back as typed (422) with each
 * message next to its field; nothing is saved.
 */
@Controller
@RequestMapping("/manage/harvest")
class SourceFormController {

	private final HarvestService harvest;

	private final HarvestAccess access;

	private final PublisherChoices publishers;

	private final MessageSource messages;

	SourceFormController(HarvestService harvest, HarvestAccess access, PublisherChoices publishers, MessageSource messages) {
		this.harvest = harvest;
		this.access = access;
		this.publishers = publishers;
		this.messages = messages;
	}

	@GetMapping("/new")
	ModelAndView newForm(Locale locale) {
		access.require();
		return form(SourceFormView.blank(), null, locale);
	}

	@PostMapping("/new")
	ModelAndView create(@RequestParam Map<String, String> params, RedirectAttributes flash, Locale locale) {
		Actor actor = access.require();
		SourceFormView typed = SourceFormView.read(params);
		try {
			HarvestSource created = harvest.create(typed.toForm(false), actor.username());
			flash.addFlashAttribute("notice", "harvest.done.created");
			return new ModelAndView("redirect:" + HarvestPaths.source(created.id()));
		}
		catch (InvalidSourceException ex) {
			return refused(form(typed, null, locale), ex, locale);
		}
	}

	@GetMapping("/sources/{id}/edit")
	ModelAndView editForm(@PathVariable String id, Locale locale) {
		access.require();
		HarvestSource source = harvest.source(id).orElseThrow(() -> notFound(id));
		return form(SourceFormView.of(source), source, locale);
	}

	@PostMapping("/sources/{id}/edit")
	ModelAndView update(@PathVariable String id, @RequestParam Map<String, String> params, RedirectAttributes flash, Locale locale) {
		access.require();
		HarvestSource source = harvest.source(id).orElseThrow(() -> notFound(id));
		SourceFormView typed = SourceFormView.read(params);
		try {
			harvest.update(id, typed.toForm(true));
			flash.addFlashAttribute("notice", "harvest.done.updated");
			return new ModelAndView("redirect:" + HarvestPaths.source(id));
		}
		catch (InvalidSourceException ex) {
			return refused(form(typed, source, locale), ex, locale);
		}
	}

	private ModelAndView form(SourceFormView typed, HarvestSource source, Locale locale) {
		String here = source == null ? HarvestPaths.HOME + "/new" : HarvestPaths.source(source.id()) + "/edit";
		return new ModelAndView("harvest/form").addObject("form", typed)
			.addObject("source", source)
			.addObject("publishers", publishers.all(locale))
			.addObject("schedules", SourceFormView.NAMED_SCHEDULES)
			.addObject("formats", SourceFormView.FORMATS)
			.addObject("action", here)
			.addObject("back", source == null ? HarvestPaths.HOME : HarvestPaths.source(source.id()))
			.addObject("path", here);
	}

	private ModelAndView refused(ModelAndView page, InvalidSourceException ex, Locale locale) {
		page.addObject("errors", SourceErrors.byField(ex, messages, locale));
		page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return page;
	}

	static NotFoundException notFound(String id) {
		return new NotFoundException("There is no harvest source '" + id + "'");
	}

}
