package com.clubstom;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.clubstom.staff.DemoCredentials;

/** With the demo profile, says where the running application is and how to sign in, once it is ready. */
@Component
@Profile("demo")
class DemoBanner {

	@EventListener
	void ready(ApplicationReadyEvent event) {
		var port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
		System.out.printf("%n  ClubStom is ready: http://localhost:%s%n  Demo accounts (password '%s'): %s%n%n", port,
				DemoCredentials.PASSWORD, String.join(", ", DemoCredentials.USERNAMES));
	}
}
