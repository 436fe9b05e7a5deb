package com.clubstom.medicalrecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;
import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;
import com.clubstom.kernel.FileFormat;
import com.clubstom.patients.Patient;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.UnknownPatientException;

/**
 * The medical record's API for patients' files: X-rays, clinical photos and documents. Doctors and assistants upload
 * them (checked by content, see {@link CheckedFile}), describe them and archive them; whoever treats the patient lists,
 * opens and downloads them. Every look is in the audit trail, in section {@value #SECTION}: the list once as a view of
 * the section, each file opened as a view and each download as an export, naming the file ({@code file:<id>}) in the
 * entry's fields; thumbnails are part of the list and not audited again.
 * <p>
 * The content goes to GridFS first and the describing document after it, outside any transaction (a 60 MB file has no
 * business in one): a document that cannot be saved takes its content out again, and content without a document is
 * never listed.
 */
@Service
public class PatientFiles {

	/** The section of the patient's record the audit trail names. */
	public static final String SECTION = "files";

	private final StoredPatientFiles files;
	private final FileStore store;
	private final MongoTemplate mongo;
	private final PatientRegistry registry;
	private final AuditTrail audit;
	private final Clock clock;
	private final ZoneId zone;
	private final ObjectProvider<Actors> actors;

	PatientFiles(StoredPatientFiles files, FileStore store, MongoTemplate mongo, PatientRegistry registry, AuditTrail audit,
			Clock clock, @Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId zone, ObjectProvider<Actors> actors) {
		this.files = files;
		this.store = store;
		this.mongo = mongo;
		this.registry = registry;
		this.audit = audit;
		this.clock = clock;
		this.zone = zone;
		this.actors = actors;
	}

	/** {@link #upload(PatientId, List, FileDescription)} of one file. */
	public PatientFile upload(PatientId patient, Upload upload, FileDescription description) {
		return upload(patient, List.of(upload), description).get(0);
	}

	/**
	 * Stores files for the patient, each described alike (the kind, when none is chosen, told by each file's content).
	 * Every file and the description are checked first; when anything is refused, nothing is stored and every refusal
	 * is reported at once.
	 *
	 * @throws InvalidPatientFileException naming every broken rule ({@code file}, {@code kind}, {@code teeth},
	 *         {@code title}, {@code description}, {@code takenOn})
	 * @throws UnknownPatientException when there is no such patient
	 */
	public List<PatientFile> upload(PatientId patient, List<Upload> uploads, FileDescription description) {
		var found = registry.find(patient).orElseThrow(() -> new UnknownPatientException(patient));
		var today = today();
		var violations = new ArrayList<>(description.check(today));
		if (uploads.isEmpty()) {
			violations.add(0, new Violation("file", "files.file.required"));
		}
		var checked = new ArrayList<CheckedFile>();
		for (var upload : uploads) {
			try {
				checked.add(CheckedFile.of(upload, description.kind()));
			}
			catch (InvalidPatientFileException refused) {
				violations.addAll(refused.violations());
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidPatientFileException(violations);
		}
		var by = clinician();
		return checked.stream().map(file -> {
			var stored = storeContent(file, patient);
			var thumbnail = file.thumbnail() == null ? null
					: store.store(file.thumbnail(), "thumbnail-" + file.fileName(), FileFormat.JPEG, patient);
			try {
				var saved = files.save(PatientFile.uploaded(patient, file, stored, thumbnail, description, today, clock.instant(), by));
				audit.record(AuditAction.CREATE, subject(found), SECTION, List.of(fieldOf(saved)));
				return saved;
			}
			catch (RuntimeException notRecorded) {
				store.delete(stored.id());
				store.delete(thumbnail);
				throw notRecorded;
			}
		}).toList();
	}

	/**
	 * A person opens the patient's files, newest first (by the day taken, then uploaded): recorded in the audit trail as
	 * a view of the section. Archived files are not listed.
	 *
	 * @throws UnknownPatientException when there is no such patient
	 */
	public List<PatientFile> open(PatientId patient, FileFilter filter) {
		registry.open(patient, SECTION).orElseThrow(() -> new UnknownPatientException(patient));
		return listOf(patient, filter);
	}

	/** The patient's files for other parts of the record (the chart's tooth, a visit), without an audit entry of their own. */
	public List<PatientFile> listOf(PatientId patient, FileFilter filter) {
		var criteria = Criteria.where("patientId").is(patient.value()).and("archived").is(false);
		if (filter.tooth() != null) {
			criteria = criteria.and("teeth").is(filter.tooth());
		}
		if (filter.kind() != null) {
			criteria = criteria.and("kind").is(filter.kind());
		}
		if (filter.visitId() != null) {
			criteria = criteria.and("visitId").is(filter.visitId());
		}
		return mongo.find(Query.query(criteria).with(Sort.by(Sort.Order.desc("takenOn"), Sort.Order.desc("uploadedAt"))),
				PatientFile.class);
	}

	/** What describes a file (not archived), without its content and without an audit entry. */
	public Optional<PatientFile> find(PatientFileId id) {
		return files.findById(id.value()).filter(file -> !file.isArchived());
	}

	/** What describes a file, if it is in {@code patient}'s record (not archived); without an audit entry. */
	public Optional<PatientFile> find(PatientId patient, PatientFileId id) {
		return find(id).filter(file -> file.patientId().equals(patient));
	}

	/** A person looks at what describes a file (not its content): recorded as a view of the file. */
	public Optional<PatientFile> look(PatientFileId id) {
		return find(id).map(file -> recorded(AuditAction.VIEW, file));
	}

	/** A person opens the file's content to look at it: recorded in the audit trail as a view of the file. */
	public Optional<OpenedFile> open(PatientFileId id) {
		return find(id).map(file -> new OpenedFile(recorded(AuditAction.VIEW, file), store.open(file.contentId())));
	}

	/** A person downloads the file: recorded in the audit trail as an export of the file. */
	public Optional<OpenedFile> download(PatientFileId id) {
		return find(id).map(file -> new OpenedFile(recorded(AuditAction.EXPORT, file), store.open(file.contentId())));
	}

	/** The file's thumbnail (a JPEG), for pictures; part of the list already audited, so not audited again. */
	public Optional<byte[]> thumbnail(PatientFileId id) {
		return find(id).filter(PatientFile::hasThumbnail).map(file -> {
			try (InputStream thumbnail = store.open(file.thumbnailId())) {
				return thumbnail.readAllBytes();
			}
			catch (IOException unreadable) {
				throw new UncheckedIOException(unreadable);
			}
		});
	}

	/**
	 * Describes the file anew, as the person saw it at {@code seenVersion}.
	 *
	 * @return the names of what changed
	 * @throws InvalidPatientFileException when the description breaks a rule
	 * @throws PatientFileChangedMeanwhileException when someone else saved or archived it since
	 * @throws UnknownPatientFileException when there is no such file
	 */
	public List<String> describe(PatientFileId id, long seenVersion, FileDescription description) {
		var file = files.findById(id.value()).orElseThrow(() -> new UnknownPatientFileException(id));
		if (file.version() != seenVersion || file.isArchived()) {
			throw new PatientFileChangedMeanwhileException(file);
		}
		var changed = file.describe(description, today(), clock.instant(), clinician());
		if (changed.isEmpty()) {
			return changed;
		}
		try {
			files.save(file);
		}
		catch (OptimisticLockingFailureException meanwhile) {
			throw new PatientFileChangedMeanwhileException(files.findById(id.value()).orElse(file));
		}
		var fields = new ArrayList<String>();
		fields.add(fieldOf(file));
		fields.addAll(changed);
		audit.record(AuditAction.CHANGE, subject(file.patientId()), SECTION, fields);
		return changed;
	}

	/**
	 * Moves the file to the archive: it disappears from the record and stays stored (doctors and assistants, who upload,
	 * may do this).
	 *
	 * @throws UnknownPatientFileException when there is no such file, or it is archived already
	 */
	public void archive(PatientFileId id) {
		var file = find(id).orElseThrow(() -> new UnknownPatientFileException(id));
		file.archive(clock.instant(), clinician());
		files.save(file);
		audit.record(AuditAction.ARCHIVE, subject(file.patientId()), SECTION, List.of(fieldOf(file)));
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	public ZoneId clinicZone() {
		return zone;
	}

	private StoredContent storeContent(CheckedFile file, PatientId patient) {
		try (var content = file.content().getInputStream()) {
			return store.store(content, file.fileName(), file.format(), patient);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private PatientFile recorded(AuditAction action, PatientFile file) {
		audit.record(action, subject(file.patientId()), SECTION, List.of(fieldOf(file)));
		return file;
	}

	/** How the audit entry names the file. */
	static String fieldOf(PatientFile file) {
		return "file:" + file.id();
	}

	private AuditSubject subject(PatientId patient) {
		return registry.find(patient).map(PatientFiles::subject)
				.orElseGet(() -> new AuditSubject(AuditSubject.PATIENT, patient.value(), ""));
	}

	private static AuditSubject subject(Patient patient) {
		return AuditSubject.patient(patient.id().value(), patient.fullName());
	}

	private Clinician clinician() {
		var actor = actors.getIfAvailable(() -> Actor::system).current();
		return new Clinician(actor.username(), actor.fullName());
	}
}
