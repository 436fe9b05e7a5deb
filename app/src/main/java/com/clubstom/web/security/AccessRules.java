package com.clubstom.web.security;

import static com.clubstom.staff.Role.OWNER;

import java.util.Arrays;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import com.clubstom.staff.Role;

/**
 * The access table: every page and endpoint with the roles that may use it. A context's pages are added here when the
 * context lands; whatever is not listed is denied. {@code AccessRulesTests} checks every role against every row.
 */
final class AccessRules {

	/** Every staff role: pages the whole clinic uses. */
	static final Role[] ALL_STAFF = Role.values();

	private AccessRules() {
	}

	static void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests,
			UnmappedRoutes unmappedRoutes) {
		requests
				// public: sign-in, first-run setup, static assets, error pages, the load balancer's health probe
				.requestMatchers("/login", FirstRunSetupFilter.SETUP, "/error").permitAll()
				.requestMatchers("/assets/**", "/webjars/**", "/favicon.ico").permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
				// the shell
				.requestMatchers(HttpMethod.GET, "/").hasAnyRole(names(ALL_STAFF))
				.requestMatchers("/settings/clinic").hasRole(OWNER.name())
				// API description for integrators: signed-in staff only
				.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**")
				.hasAnyRole(names(ALL_STAFF))
				// operations
				.requestMatchers(HttpMethod.GET, "/actuator/info", "/actuator/metrics", "/actuator/metrics/**",
						"/actuator/modulith")
				.hasRole(OWNER.name())
				// deny by default; a signed-in person asking for a page that does not exist gets 404, not 403
				.anyRequest().access(unmappedRoutes);
	}

	static void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
				.requestMatchers(HttpMethod.GET, "/api/me", "/api/clinic").hasAnyRole(names(ALL_STAFF))
				.anyRequest().denyAll();
	}

	static String[] names(Role... roles) {
		return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
	}
}
