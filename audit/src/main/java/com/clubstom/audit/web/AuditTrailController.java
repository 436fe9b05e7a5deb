package com.clubstom.audit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The owner's audit page (the application grants {@code /audit/**} to the owner only): the trail filtered by patient,
 * staff member, action and period, newest first, a CSV export of the same selection, and the chain verification.
 * <p>
 * Filtering and paging go through htmx and swap only the results (the URL follows, so a filtered view can be bookmarked
 * or sent); boosted navigation and history restores get the whole page. Without JavaScript the same form and links work
 * with full page loads.
 */
@Controller
@RequestMapping("/audit")
class AuditTrailController {

	static final int PAGE_SIZE = 25;

	/**
	 * How each action is marked in the table: looking is calm, creating and restoring are green, exporting (data leaving
	 * the system) and archiving stand out.
	 */
	private static final Map<AuditAction, String> ACTION_BADGES = Map.of(
			AuditAction.VIEW, "badge badge--muted",
			AuditAction.CREATE, "badge badge--ok",
			AuditAction.CHANGE, "badge",
			AuditAction.ARCHIVE, "badge badge--danger",
			AuditAction.RESTORE, "badge badge--ok",
			AuditAction.EXPORT, "badge badge--warning");

	private final AuditTrail trail;
	private final Clock clock;

	AuditTrailController(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	@GetMapping
	String trail(@RequestParam(required = false) String patient, @RequestParam(required = false) String staff,
			@RequestParam(required = false) String action, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page, HtmxRequest htmx,
			Model model) {
		var filter = AuditFilter.of(patient, staff, action, from, to, page);
		results(filter, model);
		if (htmx.isHtmxRequest() && !htmx.isBoosted() && !htmx.isHistoryRestoreRequest()) {
			return "audit/trail :: results";
		}
		form(model);
		return "audit/trail";
	}

	@GetMapping("/export.csv")
	void export(@RequestParam(required = false) String patient, @RequestParam(required = false) String staff,
			@RequestParam(required = false) String action, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
		var filter = AuditFilter.of(patient, staff, action, from, to, null);
		if (filter.patientInvalid()) {
			// the page says what is wrong with the id; exporting "nobody's" entries would only record a pointless export
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("audit-" + LocalDate.now(clock.withZone(trail.clinicZone())) + ".csv").build().toString());
		trail.exportCsv(filter.toQuery(), response.getWriter());
	}

	@PostMapping("/verification")
	String verify(HtmxRequest htmx, Model model) {
		model.addAttribute("verification", trail.verify());
		if (htmx.isHtmxRequest()) {
			return "audit/trail :: verification";
		}
		results(AuditFilter.none(), model);
		form(model);
		return "audit/trail";
	}

	private void results(AuditFilter filter, Model model) {
		var entries = trail.search(filter.toQuery(), filter.page(), PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", entries);
		model.addAttribute("zone", trail.clinicZone());
		model.addAttribute("actionBadges", ACTION_BADGES);
		model.addAttribute("previousUrl", filter.pageUrl(Math.max(0, entries.page() - 1)));
		model.addAttribute("nextUrl", filter.pageUrl(entries.page() + 1));
		model.addAttribute("exportUrl", filter.exportUrl());
		model.addAttribute("patient", filter.patientId() == null ? null
				: trail.subjectSeen(AuditSubject.PATIENT, filter.patientId()).orElse(null));
	}

	private void form(Model model) {
		model.addAttribute("staffSeen", trail.actorsSeen());
		model.addAttribute("actions", AuditAction.values());
	}
}
