package com.clubstom.scheduling.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import com.clubstom.scheduling.AppointmentStatus;

/**
 * Writes an appointment card's HTML for the day and week grids (grid.html inserts it as is). A busy day has some 300
 * cards, and their twenty-odd template expressions each were the largest single cost of the page (about a third of its
 * time); written here, a card costs a few microseconds. The markup is the one the grid always had: calendar.js, the
 * stylesheet and the tests find the same classes and data attributes. Every text from data is escaped.
 */
final class CardMarkup {

	private final Map<AppointmentStatus, String> statuses = new EnumMap<>(AppointmentStatus.class);
	private final String alert;
	private final String alertIcon;
	private final boolean byChair;

	/**
	 * @param alertIcon the address of the alert icon ({@code /assets/img/icons.svg#alert} under the context path)
	 * @param byChair whether the columns are chairs (a card then names the doctor, else the chair)
	 */
	CardMarkup(MessageSource messages, Locale locale, String alertIcon, boolean byChair) {
		for (var status : AppointmentStatus.values()) {
			statuses.put(status, escaped(messages.getMessage("appointment.status." + status, null, status.name(), locale)));
		}
		this.alert = escaped(messages.getMessage("calendar.alert", null, "!", locale));
		this.alertIcon = escaped(alertIcon);
		this.byChair = byChair;
	}

	/** The cards one after another. */
	String of(List<Card> cards) {
		var html = new StringBuilder(cards.size() * 1_100);
		cards.forEach(card -> html.append(of(card)));
		return html.toString();
	}

	String of(Card card) {
		var appointment = card.appointment();
		var id = appointment.id().toString();
		var time = escaped(card.time());
		var patient = escaped(card.patientName());
		var html = new StringBuilder(1_100);
		html.append("<article class=\"").append(card.classes()).append("\" style=\"").append(escaped(card.style()))
				.append("\" tabindex=\"0\" role=\"button\" data-appointment=\"").append(id)
				.append("\" data-version=\"").append(appointment.version())
				.append("\" data-start=\"").append(appointment.start())
				.append("\" data-minutes=\"").append(appointment.slot().minutes())
				.append("\" data-doctor=\"").append(appointment.doctorId())
				.append("\" data-chair=\"").append(appointment.chairId())
				.append("\" data-testid=\"appointment-").append(id)
				.append("\" aria-label=\"").append(patient).append(", ").append(time).append(", ")
				.append(statuses.get(appointment.status())).append("\">");
		html.append("<div class=\"appointment__time tabular\"><span>").append(time)
				.append("</span> <span class=\"appointment__status\" title=\"").append(statuses.get(appointment.status())).append("\">")
				.append(statuses.get(appointment.status()))
				.append("</span></div><div class=\"appointment__patient\">");
		if (card.alert()) {
			html.append("<svg class=\"icon appointment__alert\" role=\"img\" aria-label=\"").append(alert)
					.append("\" data-testid=\"questionnaire-alert\"><title>").append(alert).append("</title><use href=\"")
					.append(alertIcon).append("\"/></svg>");
		}
		html.append("<span>").append(patient).append("</span></div><div class=\"appointment__services\">")
				.append(escaped(card.services())).append("</div><div class=\"appointment__who\">")
				.append(escaped(byChair ? card.doctorName() : card.chairName())).append("</div>");
		if (card.movable()) {
			html.append("<div class=\"appointment__resize\" aria-hidden=\"true\"></div>");
		}
		return html.append("</article>").toString();
	}

	/** The text with the characters that mean something in HTML (and in attribute values) as references. */
	static String escaped(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			var replacement = switch (text.charAt(i)) {
				case '&' -> "&amp;";
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '"' -> "&quot;";
				case '\'' -> "&#39;";
				default -> null;
			};
			if (replacement != null && out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (out != null) {
				out.append(replacement != null ? replacement : String.valueOf(text.charAt(i)));
			}
		}
		return out == null ? text : out.toString();
	}
}
