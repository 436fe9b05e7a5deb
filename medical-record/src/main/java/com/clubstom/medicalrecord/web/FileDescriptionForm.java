package com.clubstom.medicalrecord.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.multipart.MultipartFile;

import com.clubstom.medicalrecord.FileDescription;
import com.clubstom.medicalrecord.FileKind;
import com.clubstom.medicalrecord.PatientFile;
import com.clubstom.medicalrecord.Tooth;
import com.clubstom.medicalrecord.Upload;
import com.clubstom.medicalrecord.Violation;

/**
 * What the upload dialog and the viewer's describing form send, as typed: the kind ({@code ""} for "by the content"),
 * the teeth as a list ({@code "36, 37"}), the day, a title and a description, the visit, the version seen; the upload
 * dialog adds its files. The API reads the same fields. Whatever cannot be read is reported beside its field, the rest is
 * checked by the record.
 */
class FileDescriptionForm {

	private List<MultipartFile> file = new ArrayList<>();
	private String kind = "";
	private String teeth = "";
	private String takenOn;
	private String title;
	private String description;
	private String visitId;
	private Long version;

	static FileDescriptionForm forUpload(LocalDate today) {
		var form = new FileDescriptionForm();
		form.takenOn = today.toString();
		return form;
	}

	static FileDescriptionForm of(PatientFile described) {
		var form = new FileDescriptionForm();
		form.kind = described.kind().name();
		form.teeth = described.teeth().stream().map(Tooth::toString).collect(Collectors.joining(", "));
		form.takenOn = described.takenOn().toString();
		form.title = described.title();
		form.description = described.description();
		form.visitId = described.visitId() == null ? null : described.visitId().toString();
		form.version = described.version();
		return form;
	}

	/** The description typed, with what cannot be read added to {@code unreadable} (and left out). */
	FileDescription toDescription(List<Violation> unreadable) {
		return new FileDescription(kind(unreadable), title, description, teeth(unreadable), day(unreadable), visit(unreadable));
	}

	/** The files chosen, as the record takes them. */
	List<Upload> uploads() {
		return file.stream().map(part -> new Upload(part.getOriginalFilename(), part.getContentType(), part.getSize(), part))
				.toList();
	}

	private FileKind kind(List<Violation> unreadable) {
		return read(kind, FileKind::valueOf, new Violation("kind", "files.kind.unknown"), unreadable);
	}

	private List<Integer> teeth(List<Violation> unreadable) {
		var numbers = new ArrayList<Integer>();
		if (teeth == null || teeth.isBlank()) {
			return numbers;
		}
		for (var typed : teeth.strip().split("[\\s,;]+")) {
			if (typed.matches("\\d{1,3}")) {
				numbers.add(Integer.valueOf(typed));
			}
			else if (unreadable.stream().noneMatch(violation -> violation.field().equals("teeth"))) {
				unreadable.add(new Violation("teeth", "files.teeth.unknown", List.of(typed)));
			}
		}
		return numbers;
	}

	private LocalDate day(List<Violation> unreadable) {
		return read(takenOn, LocalDate::parse, new Violation("takenOn", "files.taken-on.invalid"), unreadable);
	}

	private UUID visit(List<Violation> unreadable) {
		return read(visitId, UUID::fromString, new Violation("visitId", "files.visit.invalid"), unreadable);
	}

	/** {@code typed} read by {@code reader}: null when blank, null with {@code refusal} added when unreadable. */
	private static <T> T read(String typed, Function<String, T> reader, Violation refusal, List<Violation> unreadable) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return reader.apply(typed.strip());
		}
		catch (IllegalArgumentException | DateTimeParseException unreadableText) {
			unreadable.add(refusal);
			return null;
		}
	}

	public List<MultipartFile> getFile() {
		return file;
	}

	public void setFile(List<MultipartFile> file) {
		// a file input left empty still sends a part, without a name and without bytes
		this.file = file == null ? new ArrayList<>() : file.stream().filter(part -> part != null
				&& (part.getSize() > 0 || part.getOriginalFilename() != null && !part.getOriginalFilename().isBlank())).toList();
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTeeth() {
		return teeth;
	}

	public void setTeeth(String teeth) {
		this.teeth = teeth;
	}

	public String getTakenOn() {
		return takenOn;
	}

	public void setTakenOn(String takenOn) {
		this.takenOn = takenOn;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getVisitId() {
		return visitId;
	}

	public void setVisitId(String visitId) {
		this.visitId = visitId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
