package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditTrail;
import com.clubstom.kernel.FileFormat;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.UnknownPatientException;

/** Dr Orlov files a patient's X-rays, photos and documents; they come back from GridFS byte for byte, and every look is audited. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(DoctorAtTheChair.class)
class PatientFilesScenarioTests {

	@Autowired PatientFiles files;
	@Autowired PatientRegistry registry;
	@Autowired AuditTrail audit;
	@Autowired MongoTemplate mongo;

	@Test
	void anXRayOfThirtySixIsStoredInGridFsAndReadBackByteForByte() throws IOException {
		var patient = PatientsInTheChair.anAdult(registry, "Снимков");
		var jpeg = SampleFiles.jpeg(1200, 900);

		var stored = files.upload(patient, SampleFiles.upload("Прицельный 36.jpg", "image/jpeg", jpeg),
				new FileDescription(FileKind.X_RAY, "Прицельный снимок", null, List.of(36), files.today().minusDays(2), null));

		assertThat(stored.kind()).isEqualTo(FileKind.X_RAY);
		assertThat(stored.format()).isEqualTo(FileFormat.JPEG);
		assertThat(stored.size()).isEqualTo(jpeg.length);
		assertThat(stored.sha256()).isEqualTo(sha256(jpeg));
		assertThat(stored.width()).isEqualTo(1200);
		assertThat(stored.teeth()).containsExactly(Tooth.of(36));
		assertThat(stored.uploadedBy().username()).isEqualTo("orlov");
		try (var opened = files.open(stored.id()).orElseThrow().content()) {
			assertThat(opened.readAllBytes()).isEqualTo(jpeg);
		}
		assertThat(FileFormat.of(files.thumbnail(stored.id()).orElseThrow())).contains(FileFormat.JPEG);
		assertThat(mongo.getCollection("patient_files.files").countDocuments()).isGreaterThanOrEqualTo(2); // content and thumbnail
	}

	@Test
	void theListShowsDescriptionsOnlyNewestFirstAndFiltersByToothKindAndVisit() {
		var patient = PatientsInTheChair.anAdult(registry, "Галереев");
		var visit = UUID.randomUUID();
		var today = files.today();
		files.upload(patient, SampleFiles.upload("bitewing.png", "image/png", SampleFiles.png(600, 400)),
				new FileDescription(FileKind.X_RAY, "Прикусной справа", null, List.of(16, 46), today.minusDays(30), null));
		files.upload(patient, SampleFiles.upload("smile.webp", "image/webp", SampleFiles.WEBP),
				new FileDescription(null, "Улыбка", null, List.of(11, 21), today, visit));
		files.upload(patient, SampleFiles.upload("согласие.pdf", "application/pdf", SampleFiles.PDF), FileDescription.none());

		assertThat(files.listOf(patient, FileFilter.all())).extracting(PatientFile::title)
				.containsExactly(null, "Улыбка", "Прикусной справа"); // the document came last today
		assertThat(files.listOf(patient, FileFilter.ofTooth(Tooth.of(46)))).extracting(PatientFile::fileName).containsExactly("bitewing.png");
		assertThat(files.listOf(patient, new FileFilter(null, FileKind.DOCUMENT, null))).extracting(PatientFile::fileName)
				.containsExactly("согласие.pdf");
		assertThat(files.listOf(patient, new FileFilter(null, null, visit))).extracting(PatientFile::kind).containsExactly(FileKind.PHOTO);
		assertThat(files.listOf(PatientsInTheChair.anAdult(registry, "Чужов"), FileFilter.all())).isEmpty();
	}

	@Test
	void severalFilesAreStoredTogetherOrNotAtAllAndEveryRefusalIsNamed() {
		var patient = PatientsInTheChair.anAdult(registry, "Пачкин");

		assertThatExceptionOfType(InvalidPatientFileException.class).isThrownBy(() -> files.upload(patient,
				List.of(SampleFiles.upload("good.jpg", "image/jpeg", SampleFiles.jpeg(100, 100)),
						SampleFiles.upload("fake.jpg", "image/jpeg", SampleFiles.PDF)),
				FileDescription.none().ofTeeth(List.of(36, 99))))
				.satisfies(refused -> assertThat(refused.violations()).containsExactly(
						new Violation("teeth", "files.teeth.unknown", List.of("99")),
						new Violation("file", "files.file.not.JPEG", List.of("fake.jpg", "PDF"))));
		assertThat(files.listOf(patient, FileFilter.all())).isEmpty();

		assertThat(files.upload(patient, List.of(SampleFiles.upload("a.jpg", "image/jpeg", SampleFiles.jpeg(100, 100)),
				SampleFiles.upload("b.dcm", "application/dicom", SampleFiles.dicom())), FileDescription.none()))
				.extracting(PatientFile::kind).containsExactly(FileKind.PHOTO, FileKind.X_RAY);
	}

	@Test
	void everyLookOpeningAndDownloadIsInTheAuditTrailNamingTheFile() {
		var patient = PatientsInTheChair.anAdult(registry, "Аудитов");
		var file = files.upload(patient, SampleFiles.upload("36.jpg", "image/jpeg", SampleFiles.jpeg(200, 200)), FileDescription.none());

		files.open(patient, FileFilter.all());
		files.open(file.id()).orElseThrow();
		files.download(file.id()).orElseThrow();
		files.thumbnail(file.id()).orElseThrow();

		var entries = audit.search(AuditQuery.aboutPatient(patient.value()), 0, 20).entries();
		assertThat(entries).filteredOn(entry -> PatientFiles.SECTION.equals(entry.section()))
				.extracting(entry -> entry.action() + " " + entry.changedFields())
				.containsExactlyInAnyOrder("CREATE [file:" + file.id() + "]", "VIEW []", "VIEW [file:" + file.id() + "]",
						"EXPORT [file:" + file.id() + "]");
	}

	@Test
	void aDescriptionChangesWithItsVersionAndTheSlowerOfTwoEditorsIsTold() {
		var patient = PatientsInTheChair.anAdult(registry, "Описанов");
		var file = files.upload(patient, SampleFiles.upload("opg.png", "image/png", SampleFiles.png(800, 400)), FileDescription.none());

		var changed = files.describe(file.id(), file.version(),
				new FileDescription(FileKind.X_RAY, "ОПТГ", null, List.of(18, 28, 38, 48), files.today(), null));

		assertThat(changed).containsExactly("kind", "title", "teeth");
		var described = files.find(file.id()).orElseThrow();
		assertThat(described.title()).isEqualTo("ОПТГ");
		assertThat(described.version()).isEqualTo(file.version() + 1);
		assertThatExceptionOfType(PatientFileChangedMeanwhileException.class).isThrownBy(() -> files.describe(file.id(),
				file.version(), new FileDescription(FileKind.PHOTO, "Фото", null, List.of(), files.today(), null)))
				.satisfies(meanwhile -> assertThat(meanwhile.current().title()).isEqualTo("ОПТГ"));
		assertThatExceptionOfType(InvalidPatientFileException.class).isThrownBy(() -> files.describe(file.id(),
				described.version(), new FileDescription(FileKind.DOCUMENT, null, null, List.of(19), files.today(), null)));
		assertThat(audit.search(AuditQuery.aboutPatient(patient.value()).withAction(AuditAction.CHANGE), 0, 5).entries())
				.singleElement().satisfies(entry -> assertThat(entry.changedFields())
						.containsExactly("file:" + file.id(), "kind", "title", "teeth"));
	}

	@Test
	void anArchivedFileIsKeptButNeitherListedNorServed() {
		var patient = PatientsInTheChair.anAdult(registry, "Архивов");
		var file = files.upload(patient, SampleFiles.upload("wrong patient.jpg", "image/jpeg", SampleFiles.jpeg(100, 100)),
				FileDescription.none());

		files.archive(file.id());

		assertThat(files.listOf(patient, FileFilter.all())).isEmpty();
		assertThat(files.open(file.id())).isEmpty();
		assertThat(files.thumbnail(file.id())).isEmpty();
		var kept = mongo.findById(file.id().value(), PatientFile.class);
		assertThat(kept.isArchived()).isTrue();
		assertThat(kept.archivedBy().username()).isEqualTo("orlov");
		assertThat(audit.search(AuditQuery.aboutPatient(patient.value()).withAction(AuditAction.ARCHIVE), 0, 5).entries()).hasSize(1);
		assertThatExceptionOfType(UnknownPatientFileException.class).isThrownBy(() -> files.archive(file.id()));
	}

	@Test
	void anUnknownPatientHasNoFilesToUploadTo() {
		assertThatExceptionOfType(UnknownPatientException.class).isThrownBy(() -> files.upload(new PatientId(UUID.randomUUID()),
				SampleFiles.upload("x.jpg", "image/jpeg", SampleFiles.jpeg(10, 10)), FileDescription.none()));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
