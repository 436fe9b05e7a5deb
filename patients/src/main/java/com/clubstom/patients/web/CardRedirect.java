package com.clubstom.patients.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/**
 * After a save in a modal dialog the whole card (or the new one) is shown again: htmx is told to navigate
 * ({@code HX-Redirect}), a plain form post is redirected. Flash attributes (the toast) survive either way.
 */
final class CardRedirect {

	private CardRedirect() {
	}

	static Object to(String path, HtmxRequest htmx) {
		return htmx.isHtmxRequest() ? new HtmxRedirectView(path) : "redirect:" + path;
	}
}
