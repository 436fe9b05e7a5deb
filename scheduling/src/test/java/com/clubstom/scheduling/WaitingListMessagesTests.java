package com.clubstom.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The waiting list speaks Russian and English alike: every text, status and refusal has both. */
class WaitingListMessagesTests {

	static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (var in = WaitingListMessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void russianAndEnglishHaveTheSameTexts() throws IOException {
		assertThat(bundle("waitinglist_en").stringPropertyNames())
				.containsExactlyInAnyOrderElementsOf(bundle("waitinglist").stringPropertyNames());
	}

	@Test
	void everyPartOfTheDayAndEveryCauseOfFreedTimeIsNamed() throws IOException {
		var texts = bundle("waitinglist");
		Arrays.stream(PartOfDay.values()).forEach(part -> assertThat(texts).containsKey("waitinglist.part." + part));
		Arrays.stream(FreedSlot.Cause.values())
				.forEach(cause -> assertThat(texts).containsKey("waitinglist.freed.cause." + cause));
	}
}
