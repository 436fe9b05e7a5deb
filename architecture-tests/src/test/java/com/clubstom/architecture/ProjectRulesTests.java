package com.clubstom.architecture;

import static com.clubstom.architecture.ProductionClasses.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/** The production code keeps the project's own rules. */
class ProjectRulesTests {

	private final JavaClasses production = ProductionClasses.imported();

	/** The rules judge the shipped contexts, not this module's samples nor the app's test jar. */
	@Test
	void judgesProductionClassesOnly() {
		assertThat(production.contain("com.clubstom.ClubStomApplication")).isTrue();
		assertThat(production.containPackage("com.clubstom.staff")).isTrue();
		assertThat(production.containPackage("com.clubstom.web")).isTrue();
		assertThat(production.containPackage("com.clubstom.architecture")).isFalse();
	}

	@Test
	void controllersLiveInWebPackages() {
		ProjectRules.controllersLiveInWebPackages(ROOT).check(production);
	}

	@Test
	void repositoriesAreNotPublic() {
		ProjectRules.repositoriesAreNotPublic(ROOT).check(production);
	}

	@Test
	void repositoriesServeOnlyTheirContext() {
		ProjectRules.repositoriesServeOnlyTheirContext(ROOT).check(production);
	}

	@Test
	void domainEventsAreRecords() {
		ProjectRules.domainEventsAreRecords(ROOT).check(production);
	}

	@Test
	void domainEventsLiveInTheirContextsBasePackage() {
		ProjectRules.domainEventsLiveInTheirContextsBasePackage(ROOT).check(production);
	}

	@Test
	void noFieldInjection() {
		ProjectRules.noFieldInjection(ROOT).check(production);
	}

	@Test
	void contextsDeclareTheirApplicationModule() {
		ProjectRules.contextsDeclareTheirApplicationModule(ROOT).check(production);
	}

	@Test
	void contextsAreDescribedInJavadoc() {
		var sources = new PackageInfoSources(SourceTree.productionSourceRoots());
		ProjectRules.contextsAreDescribedInJavadoc(ROOT, sources).check(production);
	}

	@Test
	void webLayersServeOnlyTheirContext() {
		ProjectRules.webLayersServeOnlyTheirContext(ROOT).check(production);
	}
}
