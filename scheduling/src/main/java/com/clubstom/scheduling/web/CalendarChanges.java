package com.clubstom.scheduling.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.clubstom.scheduling.Appointment;
import com.mongodb.client.model.changestream.FullDocument;

/**
 * Tells every open calendar that the calendar changed. It follows MongoDB's change stream on the appointments, so a
 * booking made through any application node reaches the browsers connected to every node, within a moment; each browser
 * then redraws its board (calendar.js).
 */
@Component
class CalendarChanges {

	private static final Logger log = LoggerFactory.getLogger(CalendarChanges.class);
	/** A browser that never closes its tab still reconnects now and then: no emitter lives for ever. */
	private static final long EMITTER_TIMEOUT_MS = 30 * 60 * 1000L;

	private final MongoTemplate mongo;
	private final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();
	private volatile boolean following;

	CalendarChanges(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** A new open calendar. */
	SseEmitter listen() {
		var emitter = new SseEmitter(EMITTER_TIMEOUT_MS);
		emitter.onCompletion(() -> listeners.remove(emitter));
		emitter.onTimeout(() -> listeners.remove(emitter));
		emitter.onError(failure -> listeners.remove(emitter));
		listeners.add(emitter);
		try {
			// a first message opens the stream at once, so the browser knows it is connected
			emitter.send(SseEmitter.event().name("ready").data("ready"));
		}
		catch (IOException gone) {
			listeners.remove(emitter);
		}
		return emitter;
	}

	@EventListener(ApplicationReadyEvent.class)
	void follow() {
		following = true;
		var follower = new Thread(this::watch, "calendar-changes");
		follower.setDaemon(true);
		follower.start();
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		following = false;
		listeners.forEach(SseEmitter::complete);
	}

	private void watch() {
		var collection = mongo.getCollectionName(Appointment.class);
		while (following) {
			try (var cursor = mongo.getCollection(collection).watch().fullDocument(FullDocument.DEFAULT).cursor()) {
				while (following) {
					var change = cursor.tryNext();
					if (change != null) {
						announce(change.getFullDocument() == null ? "" : String.valueOf(change.getFullDocument().get("day")));
					}
				}
			}
			catch (RuntimeException failure) {
				if (following) {
					log.warn("Calendar changes: the change stream broke off; following again in a second", failure);
					pause();
				}
			}
		}
	}

	private void announce(String day) {
		for (var emitter : listeners) {
			try {
				emitter.send(SseEmitter.event().name("changed").data(day));
			}
			catch (IOException | IllegalStateException gone) {
				listeners.remove(emitter);
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
