package com.clubstom.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * The classes the rules judge: everything under {@value #ROOT} that ships, and nothing from test sources or test jars
 * (the violating samples of this module live in test sources under the same root).
 */
final class ProductionClasses {

	static final String ROOT = "com.clubstom";

	private static JavaClasses imported;

	private ProductionClasses() {
	}

	/** Imported once per test run; the rules only read them. */
	static synchronized JavaClasses imported() {
		if (imported == null) {
			imported = new ClassFileImporter()
					.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
					.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
					.withImportOption(new DoNotIncludeTestJars())
					.importPackages(ROOT);
		}
		return imported;
	}

	/** Maven's {@code -tests.jar} attachments (the app module publishes one) hold test code, not production code. */
	static final class DoNotIncludeTestJars implements ImportOption {

		@Override
		public boolean includes(Location location) {
			return !location.contains("-tests.jar");
		}
	}
}
