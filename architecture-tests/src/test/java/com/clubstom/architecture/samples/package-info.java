/**
 * Deliberately broken code: two fake contexts, {@code alpha} and {@code beta}, each class breaking one project rule so
 * that {@code ProjectRulesRejectSamplesTests} can prove every rule is able to fail. Lives in test sources, which the
 * checks of the production code never import.
 */
package com.clubstom.architecture.samples;
