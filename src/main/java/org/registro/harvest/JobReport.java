package org.registro.harvest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.registro.harvest.read.RunError;
import org.registro.validation.Problem;
import org.registro.validation.ProblemDescriber;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A job's report in the reader's words: a sentence per run error and per rejection code, and each
 * entry's SHACL report as {@link Problem}s (the shapes' messages in the reader's language, read
 * with {@link ReportEntries}).
 */
@Component
class JobReport {

	private final ProblemDescriber describer;

	private final MessageSource messages;

	JobReport(ProblemDescriber describer, MessageSource messages) {
		this.describer = describer;
		this.messages = messages;
	}

	/** A run error with what it means. */
	record ErrorView(RunError error, String sentence) {
	}

	/**
	 * An entry with why it was not taken as it was.
	 * @param reason the sentence for its {@code code}, or null when it has none
	 * @param problems its SHACL report in words (empty without one)
	 */
	record EntryView(JobEntry entry, String reason, List<Problem> problems) {
	}

	/**
	 * One filter tab.
	 * @param token the outcome's token, or {@code all}
	 * @param count how many entries it has
	 * @param href page 1 of its entries
	 */
	record Tab(String token, long count, boolean current, String href) {
	}

	List<ErrorView> errors(HarvestJob job, Locale locale) {
		return job.errors().stream().map((e) -> new ErrorView(e, sentence("harvest.runError.", e.code(), locale))).toList();
	}

	List<EntryView> entries(EntryPage page, Locale locale) {
		return page.entries().stream().map((e) -> entry(e, locale)).toList();
	}

	/** "All" and one tab per outcome that leaves entries (unchanged records are only counted). */
	static List<Tab> tabs(HarvestJob job, Outcome current) {
		List<Outcome> listed = Arrays.stream(Outcome.values()).filter((o) -> o != Outcome.UNCHANGED).toList();
		List<Tab> tabs = new ArrayList<>();
		tabs.add(new Tab("all", listed.stream().mapToLong(job::count).sum(), current == null, JobPageController.href(job.id(), null, 1)));
		for (Outcome o : listed) {
			tabs.add(new Tab(o.token(), job.count(o), o == current, JobPageController.href(job.id(), o, 1)));
		}
		return tabs;
	}

	private EntryView entry(JobEntry e, Locale locale) {
		String reason = e.code() == null ? null : sentence("harvest.entry.code.", e.code(), locale);
		List<Problem> problems = e.report() == null ? List.of()
				: describer.describe(ReportEntries.of(e.report()), locale);
		return new EntryView(e, reason, problems);
	}

	/** The message for a code, or the generic one naming the code when it has none. */
	private String sentence(String prefix, String code, Locale locale) {
		String known = messages.getMessage(prefix + code, null, null, locale);
		return known != null ? known : messages.getMessage(prefix + "other", new Object[] { code }, locale);
	}

}
