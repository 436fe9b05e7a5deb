package com.clubstom.web;

import java.util.Map;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every error status lands on one of four translated pages inside the layout: 403, 404, 500, or 400 for any other
 * refused request. The model carries only the status, never exception details.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		var page = switch (status) {
			case FORBIDDEN -> 403;
			case NOT_FOUND -> 404;
			default -> status.is5xxServerError() ? 500 : 400;
		};
		return new ModelAndView("error/view", Map.of("errorPage", page), status);
	}
}
