package com.clubstom.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class TimeSlotTests {

	static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 1, 9, 0);

	@Test
	void lastsFromStartToEndOnTheFiveMinuteGrid() {
		var slot = TimeSlot.of(NINE, 45);

		assertThat(slot.minutes()).isEqualTo(45);
		assertThat(slot.end()).isEqualTo(NINE.plusMinutes(45));
		assertThat(slot.display()).isEqualTo("09:00–09:45");
	}

	@Test
	void touchingSlotsDoNotOverlapButSharedMinutesDo() {
		var first = TimeSlot.of(NINE, 60);

		assertThat(first.overlaps(TimeSlot.of(NINE.plusMinutes(60), 30))).isFalse();
		assertThat(first.overlaps(TimeSlot.of(NINE.plusMinutes(55), 30))).isTrue();
		assertThat(first.overlaps(TimeSlot.of(NINE.minusMinutes(30), 35))).isTrue();
		assertThat(first.overlaps(TimeSlot.of(NINE.plusMinutes(15), 15))).isTrue();
	}

	@Test
	void refusesAnEndBeforeTheStartAnOffGridTimeAndAnOverlongSitting() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TimeSlot(NINE, NINE));
		assertThatIllegalArgumentException().isThrownBy(() -> new TimeSlot(NINE, NINE.minusMinutes(5)));
		assertThatIllegalArgumentException().isThrownBy(() -> TimeSlot.of(NINE.plusMinutes(3), 30));
		assertThatIllegalArgumentException().isThrownBy(() -> TimeSlot.of(NINE, 8 * 60 + 5));
		assertThatIllegalArgumentException().isThrownBy(() -> new TimeSlot(NINE, NINE.plusDays(1)));
	}

	@Test
	void movingKeepsTheLength() {
		var moved = TimeSlot.of(NINE, 40).movedTo(NINE.plusHours(3));

		assertThat(moved).isEqualTo(new TimeSlot(NINE.plusHours(3), NINE.plusHours(3).plusMinutes(40)));
	}
}
