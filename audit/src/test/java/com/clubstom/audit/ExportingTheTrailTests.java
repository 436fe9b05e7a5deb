package com.clubstom.audit;

import static com.clubstom.testing.AdjustableClock.MONDAY_MORNING;
import static com.clubstom.audit.AuditFixtures.OWNER_SOKOLOVA;
import static com.clubstom.audit.AuditFixtures.aPatient;
import static com.clubstom.audit.AuditFixtures.aStaffMember;
import static com.clubstom.audit.AuditFixtures.itIs;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.convention.TestBean;

/** The owner exports a selection of the trail as CSV for a spreadsheet; the export itself goes into the trail. */
@ApplicationModuleTest
@Import(ActingStaff.class)
class ExportingTheTrailTests {

	private static final List<String> HEADER = List.of("Entry", "Time (Europe/Moscow)", "Username", "Name", "Address",
			"Action", "Subject kind", "Subject id", "Subject", "Section", "Changed fields");

	@TestBean(name = "clock", methodName = "com.clubstom.audit.AuditFixtures#clinicClock")
	Clock clock;

	@Autowired AuditTrail trail;
	@Autowired ActingStaff staff;

	@BeforeEach
	void itIsMondayMorning() {
		itIs(clock, MONDAY_MORNING);
	}

	@Test
	void theCsvHasAByteOrderMarkAHeaderAndOneRowPerEntryOldestFirst() {
		var doctor = aStaffMember();
		var patient = aPatient("Иванова \"Мила\", дочь\nвторая строка");
		staff.nowActing(doctor);
		trail.record(AuditAction.VIEW, patient, "card");
		trail.record(AuditAction.CHANGE, patient, "contacts", List.of("phone", "email"));
		staff.nowActing(OWNER_SOKOLOVA);

		var csv = export(AuditQuery.about(patient));

		assertThat(csv).startsWith("\uFEFFEntry,Time (Europe/Moscow),Username,");
		assertThat(csv).contains("\"Иванова \"\"Мила\"\", дочь\nвторая строка\"");
		assertThat(csv).endsWith("\r\n");
		var rows = parse(csv.substring(1));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).isEqualTo(HEADER);
		var view = rows.get(1);
		assertThat(view.get(1)).isEqualTo("03.03.2025 09:00:00");
		assertThat(view.subList(2, 11)).containsExactly(doctor.username(), doctor.fullName(), "192.168.1.10", "VIEW",
				"PATIENT", patient.id().toString(), "Иванова \"Мила\", дочь\nвторая строка", "card", "");
		var change = rows.get(2);
		assertThat(Long.parseLong(change.get(0))).isEqualTo(Long.parseLong(view.get(0)) + 1);
		assertThat(change.get(5)).isEqualTo("CHANGE");
		assertThat(change.get(10)).isEqualTo("phone, email");
	}

	@Test
	void theExportIsRecordedAsAnExportOfThatPatientsEntries() {
		var patient = aPatient("Петрова Анна Ивановна");
		staff.nowActing(aStaffMember());
		trail.record(AuditAction.VIEW, patient, "card");
		staff.nowActing(OWNER_SOKOLOVA);

		var firstExport = export(AuditQuery.aboutPatient(patient.id()));
		var secondExport = export(AuditQuery.aboutPatient(patient.id()));

		var exports = trail.search(AuditQuery.about(patient).withAction(AuditAction.EXPORT), 0, 10).entries();
		assertThat(exports).hasSize(2).allSatisfy(export -> {
			assertThat(export.actorUsername()).isEqualTo(OWNER_SOKOLOVA.username());
			assertThat(export.section()).isEqualTo(AuditTrail.AUDIT_SECTION);
			assertThat(export.subjectLabel()).isEqualTo("Петрова Анна Ивановна");
		});
		assertThat(parse(firstExport.substring(1))).as("an export does not contain itself").hasSize(2);
		assertThat(parse(secondExport.substring(1))).as("but the next one contains it").hasSize(3)
				.last().satisfies(row -> assertThat(row.get(5)).isEqualTo("EXPORT"));
	}

	@Test
	void anExportOfTheWholeTrailIsRecordedWithoutSubject() {
		staff.nowActing(OWNER_SOKOLOVA);
		trail.record(AuditAction.VIEW, aPatient("Петрова Анна Ивановна"), "card");

		var csv = export(AuditQuery.everything());

		assertThat(parse(csv.substring(1)).size()).isGreaterThan(1);
		var newest = trail.search(AuditQuery.everything(), 0, 1).entries().get(0);
		assertThat(newest.action()).isEqualTo(AuditAction.EXPORT);
		assertThat(newest.hasSubject()).isFalse();
		assertThat(newest.section()).isEqualTo("audit");
	}

	@Test
	void textsASpreadsheetWouldRunAsFormulasAreDefused() {
		var prankster = new Actor(aStaffMember().username(), "=HYPERLINK(\"http://evil\",\"x\")", "10.0.0.9");
		staff.nowActing(prankster);
		var patient = aPatient("+7 (900) 000-00-00");
		trail.record(AuditAction.VIEW, patient, "card");

		var row = parse(export(AuditQuery.about(patient)).substring(1)).get(1);

		assertThat(row.get(3)).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
		assertThat(row.get(8)).isEqualTo("'+7 (900) 000-00-00");
	}

	private String export(AuditQuery query) {
		var out = new StringWriter();
		trail.exportCsv(query, out);
		return out.toString();
	}

	/** A strict RFC 4180 reader: what a spreadsheet sees. */
	static List<List<String>> parse(String csv) {
		var rows = new ArrayList<List<String>>();
		var row = new ArrayList<String>();
		var cell = new StringBuilder();
		var quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			var c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				assertThat(cell).as("a quote may only open a cell").isEmpty();
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				assertThat(c).as("a bare line break outside quotes").isNotIn('\r', '\n');
				cell.append(c);
			}
		}
		assertThat(quoted).as("an unterminated quote").isFalse();
		assertThat(cell).as("the last row ends with CRLF").isEmpty();
		return rows;
	}
}
