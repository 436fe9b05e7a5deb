package com.clubstom.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets every context ask for a toast without depending on the shell: a controller puts a message code into the model
 * (or a flash attribute, when it redirects) under {@link #TOAST_CODE}. For htmx requests it travels in the
 * {@code HX-Trigger} header; a full page gets the translated text for the layout to show.
 */
@Component
class ToastRequests implements HandlerInterceptor {

	/** The model attribute a controller sets to the message code of its confirmation. */
	static final String TOAST_CODE = "toastCode";
	/** The model attribute a controller sets to the message code of a refusal shown as an error toast (htmx only). */
	static final String REFUSAL_CODE = "toastErrorCode";

	private final Toasts toasts;
	private final org.springframework.context.MessageSource messages;

	ToastRequests(Toasts toasts, org.springframework.context.MessageSource messages) {
		this.toasts = toasts;
		this.messages = messages;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView != null && modelAndView.getModel().get(REFUSAL_CODE) instanceof String refusal
				&& "true".equals(request.getHeader("HX-Request"))) {
			toasts.error(response, refusal);
			return;
		}
		if (modelAndView == null || !(modelAndView.getModel().get(TOAST_CODE) instanceof String code)
				|| modelAndView.getViewName() != null && modelAndView.getViewName().startsWith("redirect:")) {
			return;
		}
		if ("true".equals(request.getHeader("HX-Request"))) {
			toasts.success(response, code);
		}
		else {
			modelAndView.addObject("toast", messages.getMessage(code, null,
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}
	}
}
