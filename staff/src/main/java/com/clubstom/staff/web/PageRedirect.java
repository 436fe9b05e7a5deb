package com.clubstom.staff.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/**
 * After a change the whole profile is shown again: htmx is told to navigate ({@code HX-Redirect}), a plain form post
 * is redirected. Flash attributes (the toast) survive either way.
 */
final class PageRedirect {

	private PageRedirect() {
	}

	static Object to(String path, HtmxRequest htmx) {
		return htmx.isHtmxRequest() ? new HtmxRedirectView(path) : "redirect:" + path;
	}
}
