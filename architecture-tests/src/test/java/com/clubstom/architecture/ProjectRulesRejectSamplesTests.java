package com.clubstom.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every project rule fails on the deliberately broken samples and names the offender, so a rule that cannot fail (a typo
 * in a package pattern, an annotation that never matches) is caught here rather than trusted.
 */
class ProjectRulesRejectSamplesTests {

	private static final String SAMPLES = "com.clubstom.architecture.samples";

	// The samples are test classes, so they are imported without the test filter the production checks use.
	private static final JavaClasses samples = new ClassFileImporter().importPackages(SAMPLES);

	@Test
	void rejectsControllersOutsideWebPackages() {
		rejects(ProjectRules.controllersLiveInWebPackages(SAMPLES), "alpha.NotesDesk", "alpha.NoteErrors")
				.hasMessageNotContaining("DraftsPage");
	}

	@Test
	void rejectsPublicRepositories() {
		rejects(ProjectRules.repositoriesAreNotPublic(SAMPLES), "alpha.Notes");
	}

	@Test
	void rejectsAContextUsingAnotherContextsRepository() {
		rejects(ProjectRules.repositoriesServeOnlyTheirContext(SAMPLES), "beta.web.DraftsPage", "alpha.Drafts");
	}

	@Test
	void rejectsDomainEventsThatAreNotRecords() {
		rejects(ProjectRules.domainEventsAreRecords(SAMPLES), "alpha.NoteTaken")
				.hasMessageNotContaining("NoteArchived");
	}

	@Test
	void rejectsDomainEventsOutsideTheirContextsBasePackage() {
		rejects(ProjectRules.domainEventsLiveInTheirContextsBasePackage(SAMPLES), "alpha.events.NoteArchived")
				.hasMessageNotContaining("NoteTaken");
	}

	@Test
	void rejectsFieldInjection() {
		rejects(ProjectRules.noFieldInjection(SAMPLES), "beta.Reminders.clock", "beta.Reminders.greeting",
				"beta.Reminders.sender");
	}

	@Test
	void rejectsContextsWithoutApplicationModuleDisplayName() {
		rejects(ProjectRules.contextsDeclareTheirApplicationModule(SAMPLES), "alpha", "beta");
	}

	@Test
	void rejectsContextsWithoutJavadoc() {
		var sources = new PackageInfoSources(List.of(SourceTree.testSourceRoot()));
		rejects(ProjectRules.contextsAreDescribedInJavadoc(SAMPLES, sources), "alpha", "beta");
	}

	@Test
	void rejectsAContextUsingAnotherContextsWebTypes() {
		rejects(ProjectRules.webLayersServeOnlyTheirContext(SAMPLES), "beta.NoteDigest", "alpha.web.NoteForm");
	}

	/** The rule fails, and its report names each offender by its fully qualified name (not a longer name it prefixes). */
	private static AbstractThrowableAssert<?, ? extends Throwable> rejects(ArchRule rule, String... offenders) {
		var rejection = assertThatThrownBy(() -> rule.check(samples)).isInstanceOf(AssertionError.class);
		for (var offender : offenders) {
			rejection.message().containsPattern(Pattern.quote(SAMPLES + "." + offender) + "(?![\\w$]|\\.\\w)");
		}
		return rejection;
	}
}
