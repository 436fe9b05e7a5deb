package com.clubstom.architecture.samples.beta;

import java.time.Clock;

import jakarta.annotation.Resource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Breaks "no field injection" three ways. Its context, beta, has no package-info at all, which breaks the package-info
 * rules.
 */
@Component
class Reminders {

	@Autowired
	private Clock clock;

	@Value("${clubstom.reminders.greeting:Hello}")
	private String greeting;

	@Resource
	private Runnable sender;

	String greet() {
		sender.run();
		return greeting + " at " + clock.instant();
	}
}
