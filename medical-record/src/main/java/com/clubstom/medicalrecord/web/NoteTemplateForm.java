package com.clubstom.medicalrecord.web;

import com.clubstom.medicalrecord.NoteSection;
import com.clubstom.medicalrecord.NoteTemplate;

/** A note template as the library page's form sends it. */
public class NoteTemplateForm {

	private String title;
	private NoteSection section;
	private String text;
	private long version;

	static NoteTemplateForm of(NoteTemplate template) {
		var form = new NoteTemplateForm();
		form.title = template.title();
		form.section = template.section();
		form.text = template.text();
		form.version = template.version();
		return form;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public NoteSection getSection() {
		return section;
	}

	public void setSection(NoteSection section) {
		this.section = section;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
