package com.clubstom.web.security;

import java.time.Duration;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

import com.clubstom.staff.Accounts;

import jakarta.servlet.DispatcherType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may use what. Deny by default: every page and endpoint is listed in {@link AccessRules} with the roles that may
 * use it; anything not listed is refused (or, for a signed-in person asking for a page that does not exist, answered
 * with 404). Two chains: the JSON API (HTTP Basic, stateless, problem+json errors) and the pages (form login, session,
 * remember-me, CSRF).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final Duration REMEMBER_ME_VALIDITY = Duration.ofDays(14);

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, JsonMapper json) throws Exception {
		var problems = new ApiProblems(json);
		http.securityMatcher("/api/**")
				.authorizeHttpRequests(requests -> AccessRules.api(requests))
				.httpBasic(basic -> basic.authenticationEntryPoint(problems))
				.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
				.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.requestCache(cache -> cache.disable())
				// stateless Basic authentication: no cookie a forged cross-site request could ride on
				.csrf(csrf -> csrf.disable())
				.addFilterAfter(new TemporaryPasswordApiGuard(), ExceptionTranslationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, Accounts accounts, MongoTemplate mongo,
			StaffUserDetailsService users, UnmappedRoutes unmappedRoutes, java.time.Clock clock) throws Exception {
		var entryPoint = new HtmxAwareEntryPoint();
		var requestCache = new HttpSessionRequestCache();
		// after login go back to the page, never to an htmx fragment that happened to trigger the redirect
		requestCache.setRequestMatcher(new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request")));
		// the key only signs the in-memory token: persistent tokens are checked against MongoDB, so a random one is enough
		var rememberMe = new PersistentTokenBasedRememberMeServices(UUID.randomUUID().toString(), users,
				new MongoRememberMeTokens(mongo, REMEMBER_ME_VALIDITY));
		rememberMe.setTokenValiditySeconds((int) REMEMBER_ME_VALIDITY.toSeconds());
		rememberMe.setParameter("remember-me");

		http.authorizeHttpRequests(requests -> {
					requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
					AccessRules.pages(requests, unmappedRoutes);
				})
				.formLogin(login -> login.loginPage("/login").permitAll()
						.failureHandler(new SignInFailureHandler(accounts)).defaultSuccessUrl("/", false))
				.rememberMe(remember -> remember.rememberMeServices(rememberMe))
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
						.deleteCookies("JSESSIONID", "remember-me"))
				// refusals: the translated 403 page (htmx shows a toast); a CSRF token whose session is gone is handled by
				// the invalid-session strategy below, which Spring Security applies to missing CSRF tokens as well
				.exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
				.requestCache(cache -> cache.requestCache(requestCache))
				.sessionManagement(sessions -> sessions.invalidSessionStrategy(new ExpiredSessionStrategy()))
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
								+ "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
				.csrf(Customizer.withDefaults())
				.addFilterAfter(new FirstRunSetupFilter(accounts), AnonymousAuthenticationFilter.class)
				.addFilterAfter(new PasswordChangeRequiredFilter(), FirstRunSetupFilter.class)
				.addFilterBefore(new AccountStillAllowedFilter(accounts, clock), FirstRunSetupFilter.class);
		return http.build();
	}
}
