package com.clubstom.staff;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Wiring of the staff context. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClinicProperties.class)
class StaffConfiguration {

	/**
	 * Hashes with the current default (bcrypt) and stores the algorithm id with the hash ({@code {bcrypt}...}), so the
	 * algorithm can be upgraded later without invalidating existing passwords.
	 */
	@Bean
	@ConditionalOnMissingBean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}
}
