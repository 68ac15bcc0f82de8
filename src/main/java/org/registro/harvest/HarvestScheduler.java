package org.registro.harvest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

import org.registro.system.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Starts each enabled source's runs on its schedule ({@code registry.harvest.scheduler}). A run
 * due while the previous one is still going is skipped, not queued behind it.
 */
@Component
class HarvestScheduler implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(HarvestScheduler.class);

	private static final String ACTOR = "schedule";

	private final HarvestService service;

	private final boolean enabled;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private final Map<String, ScheduledFuture<?>> planned = new ConcurrentHashMap<>();

	HarvestScheduler(HarvestService service, RegistryProperties properties) {
		this.service = service;
		this.enabled = properties.harvest().scheduler();
		scheduler.setThreadNamePrefix("harvest-schedule-");
		scheduler.setDaemon(true);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (!enabled) {
			return;
		}
		scheduler.initialize();
		service.addListener(this::plan);
		service.sources().forEach((s) -> plan(s.id(), s));
	}

	private synchronized void plan(String id, HarvestSource source) {
		ScheduledFuture<?> old = planned.remove(id);
		if (old != null) {
			old.cancel(false);
		}
		if (source == null || !source.enabled()) {
			return;
		}
		source.schedule().cron(id).ifPresent((cron) -> planned.put(id, scheduler.schedule(() -> run(id), new CronTrigger(cron.toString()))));
	}

	private void run(String id) {
		try {
			service.start(id, ACTOR);
		}
		catch (JobConflictException ex) {
			log.info("Scheduled harvest of {} skipped: {}", id, ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Scheduled harvest of {} could not start", id, ex);
		}
	}

	@Override
	public void close() {
		scheduler.shutdown();
	}

}
