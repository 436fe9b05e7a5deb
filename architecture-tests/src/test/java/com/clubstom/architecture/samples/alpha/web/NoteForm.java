package com.clubstom.architecture.samples.alpha.web;

/** A web type of alpha (allowed here); beta using it breaks "web layers serve only their context". */
public record NoteForm(String text) {
}
