package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

/** The demo price list keeps the catalogue's rules: valid codes, durations and sections, no code twice. */
class DemoServicesTests {

	@Test
	void everyDemoServiceKeepsTheRules() {
		var codes = new HashSet<String>();
		var lines = DemoServices.PRICE_LIST.strip().split("\n");
		for (var line : lines) {
			var columns = line.strip().split("\\|", -1);
			var details = new ServiceDetails(columns[1], columns[0], ServiceCategory.valueOf(columns[2]),
					Integer.parseInt(columns[3]), "1".equals(columns[4]));
			assertThat(details.violations()).as(line).isEmpty();
			assertThat(codes.add(details.code())).as("twice: " + line).isTrue();
		}
		assertThat(lines.length).isGreaterThanOrEqualTo(80);
	}
}
