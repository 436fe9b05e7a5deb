package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.clubstom.kernel.Money;

/** The price list as a spreadsheet: written with a BOM, read back with quotes understood and every bad row explained. */
class ServiceCsvTests {

	static byte[] csv(String... lines) {
		return ("\uFEFF" + ServiceCsv.HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void quotedFieldsMayHoldSeparatorsQuotesAndLineBreaks() {
		var rows = ServiceCsv.read(csv(
				"A16.07.002;\"Пломба; световая \"\"Filtek\"\"\";THERAPY;60;да;\"7 200,50\";2026-01-01",
				"B01.065.001;\"Консультация\nстоматолога\";diagnostics_and_xray;30;нет;1500;01.01.2026",
				"A16.07.051;Гигиена;HYGIENE;60;false;8000.00;2026-02-01"));

		assertThat(rows).allSatisfy(row -> assertThat(row.violations()).isEmpty());
		assertThat(rows).extracting(ServiceCsv.Row::line).containsExactly(2, 3, 5);
		assertThat(rows.get(0).details()).isEqualTo(
				new ServiceDetails("Пломба; световая \"Filtek\"", "A16.07.002", ServiceCategory.THERAPY, 60, true));
		assertThat(rows.get(0).price()).isEqualTo(Money.of("7200.50"));
		assertThat(rows.get(1).details().name()).isEqualTo("Консультация стоматолога");
		assertThat(rows.get(1).effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	void aBadRowSaysEveryReason() {
		var rows = ServiceCsv.read(csv("A16.07.002;Пломба;THERAPY;60;да;6500;2026-01-01",
				"A16.7.2;;SOMETHING;7;может быть;дорого;вчера", "A16.07.001;Удаление;SURGERY;30"));

		assertThat(rows.get(0).isValid()).isTrue();
		assertThat(rows.get(1).line()).isEqualTo(3);
		assertThat(rows.get(1).violations()).extracting(Violation::code).containsExactlyInAnyOrder("service.category.unknown",
				"service.per-tooth.invalid", "service.price.invalid", "service.date.invalid", "service.name.required",
				"service.code.invalid", "service.duration.invalid");
		assertThat(rows.get(2).violations()).containsExactly(new Violation("row", "service.csv.columns"));
	}

	@Test
	void aFileWithoutTheHeaderIsRejectedAtItsFirstLine() {
		var rows = ServiceCsv.read("A16.07.002;Пломба;THERAPY;60;да;6500;2026-01-01".getBytes(StandardCharsets.UTF_8));

		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.line()).isEqualTo(1);
			assertThat(row.violations()).containsExactly(new Violation("header", "service.csv.header"));
		});
	}

	@Test
	void whatIsWrittenReadsBack() {
		var service = ClinicalService.add(new ServiceDetails("Коронка; диоксид \"циркония\"", "A16.07.004",
				ServiceCategory.PROSTHETICS, 90, true), LocalDate.of(2026, 1, 1), Money.of("42000"), Instant.now(), "owner");

		var written = ServiceCsv.write(List.of(service), LocalDate.of(2026, 3, 1));

		assertThat(new String(written, StandardCharsets.UTF_8)).startsWith("\uFEFF" + ServiceCsv.HEADER + "\r\n")
				.contains("A16.07.004;\"Коронка; диоксид \"\"циркония\"\"\";PROSTHETICS;90;да;42000.00;2026-01-01");
		assertThat(ServiceCsv.read(written)).singleElement().satisfies(row -> {
			assertThat(row.details()).isEqualTo(service.details());
			assertThat(row.price()).isEqualTo(Money.of("42000"));
		});
	}
}
