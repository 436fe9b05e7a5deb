package com.clubstom.scheduling.web;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The calendar's live stream (server-sent events): "changed" whenever anyone changes an appointment. */
@Controller
class CalendarStreamController {

	private final CalendarChanges changes;

	CalendarStreamController(CalendarChanges changes) {
		this.changes = changes;
	}

	@GetMapping(path = "/calendar/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream() {
		return changes.listen();
	}
}
