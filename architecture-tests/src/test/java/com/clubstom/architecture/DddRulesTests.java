package com.clubstom.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jmolecules.archunit.JMoleculesDddRules;
import org.jmolecules.ddd.annotation.Identity;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * Aggregates, entities and value objects keep jMolecules' DDD rules: aggregates have an identity and refer to other
 * aggregates by id or {@code Association}, value objects hold no identifiables. jMolecules' architecture rules (layered,
 * onion, hexagonal) are not applied: the contexts are organised by module, not by those stereotypes.
 */
class DddRulesTests {

	@Test
	void productionCodeKeepsTheDddRules() {
		JMoleculesDddRules.all().check(ProductionClasses.imported());
	}

	/** Proves the rules see our annotation-based stereotypes at all. */
	@Test
	void rulesRejectAnAggregateWithoutIdentity() {
		var samples = new ClassFileImporter().importPackages("com.clubstom.architecture.samples");
		assertThatThrownBy(() -> JMoleculesDddRules.all().check(samples)).isInstanceOf(AssertionError.class)
				// jMolecules abbreviates packages in its report (c.c.a.s.a.Notebook)
				.hasMessageContaining(".Notebook must declare a field or a method annotated with " + Identity.class.getName());
	}
}
