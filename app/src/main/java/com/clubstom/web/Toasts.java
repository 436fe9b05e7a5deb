package com.clubstom.web;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;

/**
 * Short confirmations and errors shown in the corner. For htmx responses they travel in the {@code HX-Trigger} header
 * (event {@code toast}), picked up by {@code clubstom.js}; the text is translated here.
 */
@Component
public class Toasts {

	private final MessageSource messages;

	Toasts(MessageSource messages) {
		this.messages = messages;
	}

	public void success(HtmxResponse response, String messageCode, Object... arguments) {
		show(response, "success", messageCode, arguments);
	}

	public void error(HtmxResponse response, String messageCode, Object... arguments) {
		show(response, "error", messageCode, arguments);
	}

	private void show(HtmxResponse response, String level, String messageCode, Object... arguments) {
		var text = messages.getMessage(messageCode, arguments, LocaleContextHolder.getLocale());
		response.addTrigger("toast", Map.of("level", level, "text", text));
	}
}
