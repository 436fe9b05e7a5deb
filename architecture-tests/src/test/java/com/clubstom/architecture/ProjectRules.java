package com.clubstom.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import org.jmolecules.event.types.DomainEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The project's own architecture rules (see ARCHITECTURE.md), each stated for a root package so that the same rule runs
 * against the production code ({@code com.clubstom}) and against deliberately broken samples.
 */
final class ProjectRules {

	private ProjectRules() {
	}

	/** a. Controllers and controller advice live in a web package. */
	static ArchRule controllersLiveInWebPackages(String root) {
		return classes().that(controllers()).and().resideInAPackage(root + "..")
				.should().resideInAPackage(root + "..web..")
				.because("a context's HTTP entry points belong to its web package (the shell's to " + root + ".web), "
						+ "so its API and domain stay free of request handling");
	}

	/** b. Repositories are package-private. */
	static ArchRule repositoriesAreNotPublic(String root) {
		return classes().that(repositories()).and().resideInAPackage(root + "..")
				.should().notBePublic()
				.because("a context's data is its own: other contexts go through its application service or its events");
	}

	/** b. Only the owning context uses a repository. */
	static ArchRule repositoriesServeOnlyTheirContext(String root) {
		return classes().that().resideInAPackage(root + "..")
				.should(Contexts.notUseOtherContexts(root, repositories()))
				.because("reading another context's repository bypasses its invariants, e.g. a controller of one context "
						+ "querying another context's data");
	}

	/** c. Events are records. */
	static ArchRule domainEventsAreRecords(String root) {
		return classes().that().implement(DomainEvent.class).and().resideInAPackage(root + "..")
				.should().beRecords()
				.because("an event is an immutable fact carrying what listeners need, and records compare by value, "
						+ "which idempotent listeners rely on");
	}

	/** c. Events are published from the context's base package. */
	static ArchRule domainEventsLiveInTheirContextsBasePackage(String root) {
		return classes().that().implement(DomainEvent.class).and().resideInAPackage(root + "..")
				.should(be(describe("in their context's base package (" + root + ".<context>)",
						(JavaClass event) -> Contexts.isInBasePackage(root, event))))
				.because("published events are a context's API, and Spring Modulith exposes only the base package "
						+ "to other contexts");
	}

	/**
	 * d. No field injection. Record classes are exempt: an annotation on a record component is copied onto the field, but
	 * the value is injected through the canonical constructor.
	 */
	static ArchRule noFieldInjection(String root) {
		return noFields().that().areDeclaredInClassesThat(resideInAPackage(root + "..").and(describe("no records",
				(JavaClass type) -> !type.isRecord())))
				.should().beAnnotatedWith(Autowired.class)
				.orShould().beAnnotatedWith(Value.class)
				.orShould().beAnnotatedWith("jakarta.inject.Inject")
				.orShould().beAnnotatedWith("javax.inject.Inject")
				.orShould().beAnnotatedWith("jakarta.annotation.Resource")
				.orShould().beAnnotatedWith("javax.annotation.Resource")
				.because("dependencies and settings come through the constructor, so a bean never exists half-wired "
						+ "and a test can build it with new");
	}

	/** e. Every context declares itself a Spring Modulith application module with a display name. */
	static ArchRule contextsDeclareTheirApplicationModule(String root) {
		return all(new ContextPackages(root)).should(ContextPackages.declareApplicationModuleWithDisplayName())
				.because("the display name is how the context appears in the generated documentation and diagrams");
	}

	/** e. Every context's package-info.java says in Javadoc what the context is for. */
	static ArchRule contextsAreDescribedInJavadoc(String root, PackageInfoSources sources) {
		return all(new ContextPackages(root)).should(ContextPackages.beDescribedInJavadoc(sources))
				.because("the package-info is where a reader learns what a context owns, and the module canvas shows it");
	}

	/** f. No context uses another context's controllers or web types. */
	static ArchRule webLayersServeOnlyTheirContext(String root) {
		DescribedPredicate<JavaClass> webTypes = describe("controllers or web types",
				(JavaClass type) -> controllers().test(type) || resideInAPackage(root + "..web..").test(type));
		return classes().that().resideInAPackage(root + "..")
				.should(Contexts.notUseOtherContexts(root, webTypes))
				.because("a context's web layer serves its own pages; contexts meet through APIs and events, never "
						+ "through each other's controllers or forms");
	}

	private static DescribedPredicate<JavaClass> controllers() {
		return describe("controllers", (JavaClass type) -> type.isMetaAnnotatedWith(Controller.class)
				|| type.isMetaAnnotatedWith(ControllerAdvice.class));
	}

	private static DescribedPredicate<JavaClass> repositories() {
		return assignableTo(Repository.class).as("repositories");
	}
}
