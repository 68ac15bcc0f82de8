package org.registro.harvest;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A source as the list and its own page show it.
 * @param publisherName the assigned publisher's name, or null when each record's publisher is taken from the source
 * @param schedule when it runs, in words
 * @param lastJob its newest job, or null
 */
record SourceRow(HarvestSource source, String publisherName, String schedule, HarvestJob lastJob) {

	/** The source's URL to link to, or null when it is not http(s) (never a {@code javascript:} link). */
	public String href() {
		String scheme = source.url().getScheme();
		return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme) ? source.url().toString() : null;
	}

	static String schedule(Schedule schedule, MessageSource messages, Locale locale) {
		String token = schedule.token();
		if (SourceFormView.NAMED_SCHEDULES.contains(token)) {
			return messages.getMessage("harvest.schedule." + token, null, locale);
		}
		return messages.getMessage("harvest.schedule.cronText", new Object[] { token }, locale);
	}

	/** The format override in words, or null when there is none. */
	static String format(SourceOptions options, MessageSource messages, Locale locale) {
		String key = SourceFormView.FORMATS.get(options.format() == null ? "" : options.format());
		return key == null ? options.format() : messages.getMessage("harvest.format." + key, null, locale);
	}

}
