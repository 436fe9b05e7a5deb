package com.clubstom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * ClubStom, the dental clinic's practice-management platform: one application composing the bounded contexts
 * (each a direct sub-package of {@code com.clubstom} and its own Maven module) behind Thymeleaf + htmx pages.
 */
@SpringBootApplication
@Modulithic(systemName = "ClubStom", sharedModules = "audit")
public class ClubStomApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClubStomApplication.class, args);
	}
}
