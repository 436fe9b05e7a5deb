package com.clubstom.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Short confirmations and errors shown in the corner. For htmx responses they travel in the {@code HX-Trigger} header
 * (event {@code toast}), picked up by {@code clubstom.js}; the text is translated here. Header values must be ASCII,
 * so every other character is written as a JSON {@code \\uXXXX} escape, which htmx's JSON parsing turns back into text.
 */
@Component
public class Toasts {

	private final MessageSource messages;

	Toasts(MessageSource messages) {
		this.messages = messages;
	}

	public void success(HttpServletResponse response, String messageCode, Object... arguments) {
		show(response, "success", messageCode, arguments);
	}

	public void error(HttpServletResponse response, String messageCode, Object... arguments) {
		show(response, "error", messageCode, arguments);
	}

	private void show(HttpServletResponse response, String level, String messageCode, Object... arguments) {
		var text = messages.getMessage(messageCode, arguments, LocaleContextHolder.getLocale());
		response.setHeader("HX-Trigger",
				"{\"toast\":{\"level\":" + asciiJson(level) + ",\"text\":" + asciiJson(text) + "}}");
	}

	static String asciiJson(String value) {
		var json = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || c > 0x7e) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}
}
