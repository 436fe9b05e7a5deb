package com.clubstom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;

/**
 * Build step (app/pom.xml, prepare-package): writes the module arrangement to
 * {@value ApplicationModulesExporter#DEFAULT_LOCATION} in the classes that go into the jar, so the packaged application
 * reads it instead of scanning its nested jars at start-up.
 */
final class ApplicationModulesFile {

	private ApplicationModulesFile() {
	}

	public static void main(String[] args) throws IOException {
		var target = Path.of(args[0]).resolve(ApplicationModulesExporter.DEFAULT_LOCATION);
		Files.createDirectories(target.getParent());
		Files.writeString(target, new ApplicationModulesExporter(ApplicationModules.of(ClubStomApplication.class)).toJson());
	}
}
