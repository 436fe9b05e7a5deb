package com.clubstom.medicalrecord.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.clubstom.medicalrecord.ChartState;
import com.clubstom.medicalrecord.DentalChart;
import com.clubstom.medicalrecord.Dentition;
import com.clubstom.medicalrecord.Diagnosis;
import com.clubstom.medicalrecord.DiseaseClass;
import com.clubstom.medicalrecord.Finding;
import com.clubstom.medicalrecord.Icd10;
import com.clubstom.medicalrecord.Tooth;
import com.clubstom.medicalrecord.ToothCondition;
import com.clubstom.medicalrecord.ToothState;
import com.clubstom.medicalrecord.ToothSurface;

/**
 * Turns a chart's state into what the template draws: rows of teeth with their surfaces placed as seen from the front
 * (the outer surface away from the bite, mesial towards the midline), the diagnoses and the history in words.
 */
final class ChartDrawing {

	private final Icd10 icd10;
	private final Locale locale;
	private final ZoneId zone;

	ChartDrawing(Icd10 icd10, Locale locale, ZoneId zone) {
		this.icd10 = icd10;
		this.locale = locale;
		this.zone = zone;
	}

	/** The rows of teeth; {@code planned} names the services planned on a tooth by its number. */
	List<List<ToothCell>> rows(ChartState state, Dentition dentition, Tooth selected, Map<Integer, List<String>> planned) {
		return dentition.rows().stream().map(row -> row.stream()
				.map(tooth -> cell(state.of(tooth), tooth.equals(selected), planned.getOrDefault(tooth.number(), List.of())))
				.toList()).toList();
	}

	ToothCell cell(ToothState state, boolean selected, List<String> planned) {
		var tooth = state.tooth();
		var surfaces = Stream.of(ToothSurface.values())
				.map(surface -> new ToothCell.SurfaceCell(position(tooth, surface), surface.letterOn(tooth),
						state.on(surface).map(ChartDrawing::cssName).orElse(null)))
				.toList();
		var states = Stream.concat(state.presenceCondition().stream(), state.conditions().stream())
				.map(condition -> "tooth--" + cssName(condition)).collect(Collectors.joining(" "));
		var codes = state.diagnoses().stream().map(Diagnosis::code).distinct().toList();
		return new ToothCell(tooth.number(), tooth.kind().name().toLowerCase(Locale.ROOT), tooth.isUpper(), tooth.isPrimary(),
				planned.isEmpty() ? states : (states + " tooth--planned").strip(), surfaces, codes, summary(state), selected,
				List.copyOf(planned));
	}

	/** Where {@code surface} sits in the crown diagram of {@code tooth}. */
	static String position(Tooth tooth, ToothSurface surface) {
		return switch (surface) {
			case OCCLUSAL -> "centre";
			case VESTIBULAR -> tooth.isUpper() ? "top" : "bottom";
			case ORAL -> tooth.isUpper() ? "bottom" : "top";
			case MESIAL -> tooth.isOnPatientsRight() ? "right" : "left";
			case DISTAL -> tooth.isOnPatientsRight() ? "left" : "right";
		};
	}

	/** The surfaces in the order the picker lays them out: top row, middle row left to right, bottom row. */
	static List<ToothCell.SurfaceCell> pickerOrder(ToothCell cell) {
		var order = List.of("top", "left", "centre", "right", "bottom");
		return cell.surfaces().stream().sorted(Comparator.comparingInt(surface -> order.indexOf(surface.position()))).toList();
	}

	List<DiagnosisLine> diagnoses(ChartState state) {
		var lines = new ArrayList<DiagnosisLine>();
		state.teeth().values().forEach(tooth -> tooth.diagnoses().forEach(diagnosis -> lines.add(line(diagnosis))));
		state.mouthDiagnoses().forEach(diagnosis -> lines.add(line(diagnosis)));
		lines.sort(Comparator.comparing(DiagnosisLine::madeOn).reversed()
				.thenComparing(line -> line.tooth() == null ? 0 : line.tooth()));
		return lines;
	}

	/** Every entry recorded until the state's moment, newest first; only those of {@code tooth} when it is given. */
	List<ChartEntryLine> history(DentalChart chart, ChartState state, Tooth tooth) {
		var findings = chart.findings().stream()
				.filter(finding -> !finding.recordedAt().isAfter(state.asOf()))
				.filter(finding -> tooth == null || finding.tooth().equals(tooth))
				.map(this::line);
		var diagnoses = chart.diagnoses().stream()
				.filter(diagnosis -> !diagnosis.recordedAt().isAfter(state.asOf()))
				.filter(diagnosis -> tooth == null || tooth.equals(diagnosis.tooth()))
				.map(diagnosis -> new ChartEntryLine(diagnosis.recordedAt().atZone(zone).toLocalDateTime(),
						diagnosis.doctor().fullName(), number(diagnosis.tooth()), null, "", diagnosis.code(),
						title(diagnosis.code()), diagnosis.note()));
		return Stream.concat(findings, diagnoses).sorted(Comparator.comparing(ChartEntryLine::at).reversed()).toList();
	}

	String title(String code) {
		return icd10.find(code).map(found -> found.title(locale)).orElse(code);
	}

	List<DiseaseClass> classifier() {
		return icd10.all();
	}

	private ChartEntryLine line(Finding finding) {
		return new ChartEntryLine(finding.recordedAt().atZone(zone).toLocalDateTime(), finding.recordedBy().fullName(),
				finding.tooth().number(), "chart.condition." + finding.condition().name(), finding.surfaceLetters(), null, null,
				finding.note());
	}

	private DiagnosisLine line(Diagnosis diagnosis) {
		return new DiagnosisLine(number(diagnosis.tooth()), diagnosis.code(), title(diagnosis.code()), diagnosis.madeOn(),
				diagnosis.doctor().fullName(), diagnosis.note());
	}

	/** The message codes of what the tooth has, for screen readers and the tooltip. */
	private static List<String> summary(ToothState state) {
		return Stream.concat(Stream.concat(state.presenceCondition().stream(), state.conditions().stream()),
				state.surfaces().values().stream().distinct())
				.map(condition -> "chart.condition." + condition.name()).toList();
	}

	private static Integer number(Tooth tooth) {
		return tooth == null ? null : tooth.number();
	}

	static String cssName(ToothCondition condition) {
		return condition.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
