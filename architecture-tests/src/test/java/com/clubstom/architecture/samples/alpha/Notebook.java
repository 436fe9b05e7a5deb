package com.clubstom.architecture.samples.alpha;

import org.jmolecules.ddd.annotation.AggregateRoot;

/** Breaks the jMolecules DDD rules: an aggregate root without an identity. */
@AggregateRoot
class Notebook {

	private String title;

	String title() {
		return title;
	}
}
