package com.clubstom.architecture.samples.beta.web;

import org.springframework.stereotype.Controller;

import com.clubstom.architecture.samples.alpha.Drafts;

/** Breaks "repositories serve only their context": beta's controller queries alpha's repository. */
@Controller
class DraftsPage {

	private final Drafts drafts;

	DraftsPage(Drafts drafts) {
		this.drafts = drafts;
	}

	Drafts drafts() {
		return drafts;
	}
}
