package com.clubstom.web.i18n;

import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Switches the language on {@code ?lang=}, but only to a language the interface is translated to. */
class SupportedLanguageChangeInterceptor extends LocaleChangeInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws ServletException {
		var requested = request.getParameter(getParamName());
		if (requested != null && SupportedLanguages.of(requested).isEmpty()) {
			return true;
		}
		return super.preHandle(request, response, handler);
	}
}
