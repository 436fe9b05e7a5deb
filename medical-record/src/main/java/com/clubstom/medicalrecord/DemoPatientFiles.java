package com.clubstom.medicalrecord;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.clubstom.kernel.FileFormat;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientSearch;

/**
 * The {@code demo} profile's X-rays, photos and documents: for a dozen charted demo patients (Петров first) a bitewing of
 * the side with most findings, a periapical film of a treated tooth, a photo of the smile and the signed consent, dated
 * at their first examination; Петров also has a CBCT export in DICOM. The pictures are drawn once ({@link DemoPictures})
 * and filed for each patient, so start-up stays quick. Runs only while no file is on record.
 */
@Component
@Profile("demo")
class DemoPatientFiles {

	private static final Logger LOG = LoggerFactory.getLogger(DemoPatientFiles.class);
	private static final int PATIENTS = 12;
	private static final Set<Integer> RIGHT = Set.of(14, 15, 16, 17, 44, 45, 46, 47);
	private static final Set<Integer> LEFT = Set.of(24, 25, 26, 27, 34, 35, 36, 37);

	private final StoredPatientFiles files;
	private final FileStore store;
	private final DentalCharts charts;
	private final PatientRegistry registry;
	private final Clock clock;
	private final ZoneId zone;

	DemoPatientFiles(StoredPatientFiles files, FileStore store, DentalCharts charts, PatientRegistry registry, Clock clock,
			@Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId zone) {
		this.files = files;
		this.store = store;
		this.charts = charts;
		this.registry = registry;
		this.clock = clock;
		this.zone = zone;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(35) // after the charts, whose findings say which teeth to film
	void fileTheDemoPatientsPictures() {
		if (files.count() > 0) {
			return;
		}
		var started = System.nanoTime();
		var pictures = new Pictures();
		var random = new Random(20_261_125L);
		var filed = new ArrayList<PatientFile>();
		var petrov = registry.search(PatientSearch.forText("Петров Иван Сергеевич")).items().stream().findFirst()
				.flatMap(found -> charts.findById(found.id().value())).orElse(null);
		var charted = new ArrayList<DentalChart>();
		if (petrov != null) {
			charted.add(petrov);
		}
		charts.findAll(PageRequest.of(0, PATIENTS)).stream()
				.filter(chart -> petrov == null || !chart.patient().equals(petrov.patient())).limit(PATIENTS - charted.size())
				.forEach(charted::add);
		for (var chart : charted) {
			filed.addAll(filesOf(chart, chart == petrov, pictures, random));
		}
		files.saveAll(filed);
		LOG.info("Demo data: {} patient files for {} patients in {} ms", filed.size(), charted.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private List<PatientFile> filesOf(DentalChart chart, boolean petrov, Pictures pictures, Random random) {
		var patient = chart.patient();
		var findings = chart.findings();
		var examined = findings.stream().map(Finding::recordedAt).min(Comparator.naturalOrder())
				.orElse(clock.instant().minusSeconds(86_400L * 120));
		var doctor = findings.isEmpty() ? DemoCharts.DOCTORS.get(0) : findings.get(0).recordedBy();
		var rightSide = findings.stream().filter(finding -> RIGHT.contains(finding.tooth().number())).count()
				>= findings.stream().filter(finding -> LEFT.contains(finding.tooth().number())).count();
		var treated = findings.stream().map(finding -> finding.tooth().number())
				.filter(tooth -> RIGHT.contains(tooth) || LEFT.contains(tooth)).findFirst().orElse(36);
		var filed = new ArrayList<PatientFile>();
		var day = examined.atZone(zone).toLocalDate();
		filed.add(file(patient, pictures.bitewing(random.nextBoolean()), FileKind.X_RAY,
				rightSide ? "Прикусной снимок справа" : "Прикусной снимок слева",
				(rightSide ? RIGHT : LEFT).stream().sorted().toList(), day, examined, doctor));
		filed.add(file(patient, pictures.periapical, FileKind.X_RAY, "Прицельный снимок зуба " + treated, List.of(treated),
				day.plusDays(14), examined.plusSeconds(86_400L * 14), doctor));
		filed.add(file(patient, pictures.smile, FileKind.PHOTO, "Фото улыбки до лечения", List.of(11, 12, 13, 21, 22, 23), day,
				examined.plusSeconds(600), doctor));
		filed.add(file(patient, pictures.consent, FileKind.DOCUMENT, "Информированное согласие на лечение", List.of(), day,
				examined.minusSeconds(900), doctor));
		if (petrov) {
			filed.add(file(patient, pictures.cbct, FileKind.X_RAY, "КЛКТ верхней челюсти справа", List.of(16, 17, 18), day,
					examined.plusSeconds(1200), doctor));
		}
		return filed;
	}

	private PatientFile file(PatientId patient, Drawn drawn, FileKind kind, String title, List<Integer> teeth,
			LocalDate takenOn, Instant at, Clinician by) {
		var picture = drawn.checked();
		var stored = store.store(new ByteArrayInputStream(drawn.bytes()), picture.fileName(), picture.format(), patient);
		var thumbnail = picture.thumbnail() == null ? null
				: store.store(picture.thumbnail(), "thumbnail-" + picture.fileName(), FileFormat.JPEG, patient);
		var today = LocalDate.now(clock.withZone(zone));
		return PatientFile.uploaded(patient, picture, stored, thumbnail,
				new FileDescription(kind, title, null, teeth, takenOn.isAfter(today) ? today : takenOn, null), today, at, by);
	}

	/** A picture drawn and checked once, then filed for every patient. */
	private record Drawn(CheckedFile checked, byte[] bytes) {

		static Drawn of(String name, byte[] bytes) {
			return new Drawn(CheckedFile.of(new Upload(name, null, bytes.length, new ByteArrayResource(bytes)), null), bytes);
		}
	}

	/** The demo's pictures. */
	private static final class Pictures {

		private final List<Drawn> bitewings = List.of(Drawn.of("bitewing-1.jpg", DemoPictures.bitewing(1, true)),
				Drawn.of("bitewing-2.jpg", DemoPictures.bitewing(2, false)));
		private final Drawn periapical = Drawn.of("periapical.jpg", DemoPictures.periapical(3));
		private final Drawn smile = Drawn.of("smile.jpg", DemoPictures.smile(4));
		private final Drawn consent = Drawn.of("informed-consent.pdf", DemoPictures.consentForm());
		private final Drawn cbct = Drawn.of("CBCT_0001.dcm", DemoPictures.dicomHeader());

		Drawn bitewing(boolean filled) {
			return bitewings.get(filled ? 0 : 1);
		}
	}
}
