package com.clubstom.medicalrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.bson.types.ObjectId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import com.clubstom.kernel.FileFormat;
import com.clubstom.patients.PatientId;

/**
 * A file in a patient's record: an X-ray, a clinical photo or a document, as uploaded. Only what describes it lives
 * here (a few hundred bytes), so the gallery lists fifty files without touching their content; the content and the
 * thumbnail are in GridFS under {@link #contentId()} and {@link #thumbnailId()}. The content never changes; the
 * description (kind, title, teeth, day) may, guarded by the version. A file is never deleted: archiving hides it from
 * the record and keeps it.
 */
@AggregateRoot
@Document(PatientFile.COLLECTION)
@CompoundIndex(name = "patient_taken", def = "{ 'patientId': 1, 'archived': 1, 'takenOn': -1, 'uploadedAt': -1 }")
@CompoundIndex(name = "patient_teeth", def = "{ 'patientId': 1, 'teeth': 1 }")
@CompoundIndex(name = "patient_visit", def = "{ 'patientId': 1, 'visitId': 1 }")
public class PatientFile {

	static final String COLLECTION = "patient_files";

	@Id
	@Identity
	private final UUID id;
	private final UUID patientId;
	private final FileFormat format;
	private final String fileName;
	private final long size;
	private final String sha256;
	private final Integer width;
	private final Integer height;
	private final ObjectId contentId;
	private final ObjectId thumbnailId;
	private final Instant uploadedAt;
	private final Clinician uploadedBy;

	private FileKind kind;
	private String title;
	private String description;
	private List<Integer> teeth;
	private UUID visitId;
	private LocalDate takenOn;
	private Instant describedAt;
	private Clinician describedBy;
	private boolean archived;
	private Instant archivedAt;
	private Clinician archivedBy;

	@Version
	private Long version;

	@PersistenceCreator
	PatientFile(UUID id, UUID patientId, FileFormat format, String fileName, long size, String sha256, Integer width,
			Integer height, ObjectId contentId, ObjectId thumbnailId, Instant uploadedAt, Clinician uploadedBy, FileKind kind,
			String title, String description, List<Integer> teeth, UUID visitId, LocalDate takenOn, Instant describedAt,
			Clinician describedBy, boolean archived, Instant archivedAt, Clinician archivedBy, Long version) {
		this.id = id;
		this.patientId = patientId;
		this.format = format;
		this.fileName = fileName;
		this.size = size;
		this.sha256 = sha256;
		this.width = width;
		this.height = height;
		this.contentId = contentId;
		this.thumbnailId = thumbnailId;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
		this.kind = kind;
		this.title = title;
		this.description = description;
		this.teeth = teeth == null ? List.of() : List.copyOf(teeth);
		this.visitId = visitId;
		this.takenOn = takenOn;
		this.describedAt = describedAt;
		this.describedBy = describedBy;
		this.archived = archived;
		this.archivedAt = archivedAt;
		this.archivedBy = archivedBy;
		this.version = version;
	}

	/** A file just stored: its checked content and where it lies, described as the uploader said (checked already). */
	static PatientFile uploaded(PatientId patient, CheckedFile file, StoredContent stored, ObjectId thumbnailId,
			FileDescription description, LocalDate today, Instant at, Clinician by) {
		return new PatientFile(UUID.randomUUID(), patient.value(), file.format(), file.fileName(), stored.size(), stored.sha256(),
				file.width(), file.height(), stored.id(), thumbnailId, at, by,
				description.kind() != null ? description.kind() : FileKind.usualFor(file.format()), description.title(),
				description.description(), description.teeth(), description.visitId(),
				description.takenOn() != null ? description.takenOn() : today, at, by, false, null, null, null);
	}

	/**
	 * Describes the file anew (the content stays as it is).
	 *
	 * @return the names of what changed: {@code kind}, {@code title}, {@code description}, {@code teeth}, {@code visit},
	 *         {@code takenOn}
	 * @throws InvalidPatientFileException when the description breaks a rule or the kind does not suit the content
	 */
	List<String> describe(FileDescription described, LocalDate today, Instant at, Clinician by) {
		var violations = new ArrayList<>(described.check(today));
		var newKind = described.kind() != null ? described.kind() : FileKind.usualFor(format);
		if (!newKind.suits(format)) {
			violations.add(new Violation("kind", "files.kind.unsuitable." + newKind, List.of(fileName)));
		}
		if (!violations.isEmpty()) {
			throw new InvalidPatientFileException(violations);
		}
		var changed = new ArrayList<String>();
		if (newKind != kind) {
			changed.add("kind");
			kind = newKind;
		}
		if (!Objects.equals(described.title(), title)) {
			changed.add("title");
			title = described.title();
		}
		if (!Objects.equals(described.description(), description)) {
			changed.add("description");
			description = described.description();
		}
		if (!described.teeth().equals(teeth)) {
			changed.add("teeth");
			teeth = described.teeth();
		}
		if (!Objects.equals(described.visitId(), visitId)) {
			changed.add("visit");
			visitId = described.visitId();
		}
		var newDay = described.takenOn() != null ? described.takenOn() : takenOn;
		if (!newDay.equals(takenOn)) {
			changed.add("takenOn");
			takenOn = newDay;
		}
		if (!changed.isEmpty()) {
			describedAt = at;
			describedBy = by;
		}
		return changed;
	}

	/** Takes the file out of the record: hidden from every list, kept with who archived it and when. */
	void archive(Instant at, Clinician by) {
		if (!archived) {
			archived = true;
			archivedAt = at;
			archivedBy = by;
		}
	}

	public PatientFileId id() {
		return new PatientFileId(id);
	}

	public PatientId patientId() {
		return new PatientId(patientId);
	}

	public FileFormat format() {
		return format;
	}

	/** The media type the content is served with: the detected format's, never what the browser claimed. */
	public String contentType() {
		return format.contentType();
	}

	/** The name it was uploaded with, made safe for a download's name. */
	public String fileName() {
		return fileName;
	}

	public long size() {
		return size;
	}

	/** The SHA-256 of the content, hex: proves the content is what was uploaded, and tags it for HTTP caches. */
	public String sha256() {
		return sha256;
	}

	/** The picture's width in pixels; null for a PDF or DICOM. */
	public Integer width() {
		return width;
	}

	public Integer height() {
		return height;
	}

	ObjectId contentId() {
		return contentId;
	}

	/** Where the thumbnail lies; null for a PDF or DICOM, which the gallery shows as a tile with its kind. */
	ObjectId thumbnailId() {
		return thumbnailId;
	}

	public boolean hasThumbnail() {
		return thumbnailId != null;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}

	public Clinician uploadedBy() {
		return uploadedBy;
	}

	public FileKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public List<Tooth> teeth() {
		return teeth.stream().map(Tooth::of).toList();
	}

	public UUID visitId() {
		return visitId;
	}

	public LocalDate takenOn() {
		return takenOn;
	}

	/** When the description was last set: at the upload, or at the last change since. */
	public Instant describedAt() {
		return describedAt;
	}

	/** Who set the description last. */
	public Clinician describedBy() {
		return describedBy;
	}

	public boolean isArchived() {
		return archived;
	}

	public Instant archivedAt() {
		return archivedAt;
	}

	public Clinician archivedBy() {
		return archivedBy;
	}

	/** The version the describing form saw; a save from an older one is refused. */
	public long version() {
		return version == null ? 0 : version;
	}

	/** A picture the browser shows as it is (JPEG, PNG, WebP). */
	public boolean isImage() {
		return format.isImage();
	}
}
