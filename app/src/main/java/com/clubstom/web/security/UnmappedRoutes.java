package com.clubstom.web.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The last row of the access table. Grants a signed-in person only a request that no controller handles, so they see
 * the 404 page; every real endpoint must be listed in {@link AccessRules} or it is refused.
 */
@Component
class UnmappedRoutes implements AuthorizationManager<RequestAuthorizationContext> {

	private final List<RequestMappingHandlerMapping> controllers;

	UnmappedRoutes(List<RequestMappingHandlerMapping> controllers) {
		this.controllers = controllers;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		var who = authentication.get();
		var signedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
		return new AuthorizationDecision(signedIn && !handledByController(context));
	}

	private boolean handledByController(RequestAuthorizationContext context) {
		var request = context.getRequest();
		// outside the DispatcherServlet the lookup path is not parsed yet; parse it for the lookup and leave no trace
		var parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
		if (parsedHere) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		try {
			return anyControllerHandles(request);
		}
		finally {
			if (parsedHere) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
		}
	}

	private boolean anyControllerHandles(jakarta.servlet.http.HttpServletRequest request) {
		for (HandlerMapping mapping : controllers) {
			try {
				if (mapping.getHandler(request) != null) {
					return true;
				}
			}
			catch (Exception unmatchable) {
				// a mapping that matches the path but not the method still counts as handled: deny
				return true;
			}
		}
		return false;
	}
}
