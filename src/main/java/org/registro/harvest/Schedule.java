package org.registro.harvest;

import java.util.Optional;

import org.springframework.scheduling.support.CronExpression;

/**
 * When a source runs by itself: {@code manual} (never), {@code hourly}, {@code daily},
 * {@code weekly}, or a cron expression (Spring's six fields, or the classic five, which run at second 0).
 * The named ones run at a minute and hour derived from the source's id, so that sources added
 * together do not all start at once.
 */
public record Schedule(String token) {

	public static final Schedule MANUAL = new Schedule("manual");

	public Schedule {
		token = token.strip();
	}

	/**
	 * @throws IllegalArgumentException with a message naming what is wrong
	 */
	public static Schedule parse(String text) {
		String t = text == null || text.isBlank() ? "manual" : text.strip();
		Schedule s = new Schedule(t);
		if (!s.isNamed()) {
			s.cron("x");
		}
		return s;
	}

	public boolean isManual() {
		return token.equals("manual");
	}

	private boolean isNamed() {
		return switch (token) {
			case "manual", "hourly", "daily", "weekly" -> true;
			default -> false;
		};
	}

	/** The cron expression this schedule runs on for the given source id; empty for manual. */
	public Optional<CronExpression> cron(String sourceId) {
		int h = Math.floorMod(sourceId.hashCode(), 60 * 4);
		int minute = h % 60;
		int hour = 1 + h / 60;
		String expr = switch (token) {
			case "manual" -> null;
			case "hourly" -> "0 " + minute + " * * * *";
			case "daily" -> "0 " + minute + " " + hour + " * * *";
			case "weekly" -> "0 " + minute + " " + hour + " * * SUN";
			default -> token.split("\\s+").length == 5 ? "0 " + token : token;
		};
		if (expr == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(CronExpression.parse(expr));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The schedule must be manual, hourly, daily, weekly or a cron expression; '" + token
					+ "' is not one: " + ex.getMessage());
		}
	}

}
