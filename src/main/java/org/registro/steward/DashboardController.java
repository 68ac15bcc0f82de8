package org.registro.steward;

import java.util.List;
import java.util.Locale;

import org.registro.record.RecordState;
import org.registro.security.Actor;
import org.registro.security.Permissions;
import org.registro.security.RecordAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /manage}: what needs the signed-in person's attention. */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	private final Permissions permissions;

	private final RecordAccess access;

	private final PublisherChoices publishers;

	DashboardController(Dashboard dashboard, Permissions permissions, RecordAccess access, PublisherChoices publishers) {
		this.publishers = publishers;
		this.dashboard = dashboard;
		this.permissions = permissions;
		this.access = access;
	}

	@GetMapping("/manage")
	String dashboard(Model model, Locale locale) {
		Actor actor = permissions.current();
		boolean reviewer = permissions.editsAll(actor);
		List<Section> sections = List.of(new Section("review", rows(dashboard.awaitingReview(actor), locale), reviewer),
				new Section("drafts", rows(dashboard.drafts(actor), locale), true),
				new Section("submitted", rows(dashboard.submitted(actor).stream().filter((s) -> !access.canPublish(actor, s)).toList(),
						locale), false),
				new Section("warnings", rows(dashboard.withWarnings(actor), locale), true),
				new Section("published", rows(dashboard.recentlyPublished(actor), locale), true));
		model.addAttribute("sections", sections.stream().filter((s) -> s.always() || !s.rows().isEmpty()).toList());
		model.addAttribute("canCreate", permissions.editsAny(actor));
		model.addAttribute("organizations", actor.roles());
		model.addAttribute("canCreatePublisher", permissions.canManagePublishers(actor));
		model.addAttribute("path", "/manage");
		return "manage/dashboard";
	}

	/** One list of the dashboard; {@code always} shows it even when empty. */
	record Section(String key, List<RecordRow> rows, boolean always) {
	}

	private List<RecordRow> rows(List<RecordState> states, Locale locale) {
		return states.stream().map((s) -> RecordRow.of(s, locale, publishers.nameOf(access.owner(s), locale))).toList();
	}

}
