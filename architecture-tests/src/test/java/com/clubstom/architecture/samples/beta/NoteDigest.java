package com.clubstom.architecture.samples.beta;

import com.clubstom.architecture.samples.alpha.web.NoteForm;

/** Breaks "web layers serve only their context": beta builds alpha's form object. */
class NoteDigest {

	NoteForm summarise(String text) {
		return new NoteForm(text);
	}
}
