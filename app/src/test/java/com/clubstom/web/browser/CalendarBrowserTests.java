package com.clubstom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import com.clubstom.scheduling.Scheduling;
import com.clubstom.scheduling.web.ClinicDay;
import com.clubstom.staff.Role;

/**
 * The front desk's day in a real Chromium: today's calendar filtered to one doctor, a booking into a free slot, a second
 * booking over it refused beside the doctor, the first appointment dragged to another time, and its patient's card.
 */
class CalendarBrowserTests extends InTheClinic {

	@Autowired ClinicDay clinic;
	CalendarGrid grid;

	@org.junit.jupiter.api.BeforeEach
	void theGridUnderTheMouse() {
		grid = new CalendarGrid(person);
	}
	@Autowired Scheduling scheduling;

	@Test
	void anAdministratorBooksTodayRefusesADoubleBookingDragsTheAppointmentAndOpensTheCard() {
		var doctor = clinic.aDoctor(ClinicDay.surname("Календарев"));
		var colleague = clinic.aDoctor(ClinicDay.surname("Соседов"));
		var chair = clinic.aChair();
		var service = clinic.aService("Консультация терапевта", 30);
		var first = clinic.aPatient(ClinicDay.surname("Первова"));
		var second = clinic.aPatient(ClinicDay.surname("Вторина"));
		var today = scheduling.today();

		signInAs(Role.ADMINISTRATOR);
		// every column, whatever this administrator filtered to before
		person.open("/calendar?by=doctor");
		var board = person.visible("#calendar-board");
		person.visible("[data-testid=calendar-today]").click();
		person.wait.until(ExpectedConditions.stalenessOf(board));
		assertThat(person.visible("[data-testid=calendar-date]").getAttribute("value")).isEqualTo(today.toString());
		person.visible("[data-testid=column-head-" + colleague + "]");

		// filter to one doctor: the board redraws with that doctor's column only
		person.visible("[data-testid=filter-doctors]").click();
		person.visible("[data-testid=filter-doctor-" + doctor + "]").click();
		person.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=column-head-" + colleague + "]")));
		person.visible("[data-testid=column-head-" + doctor + "]");
		person.driver.findElement(By.tagName("h1")).click(); // closes the filter menu
		assertThat(person.driver.getCurrentUrl()).contains("doctor=" + doctor);

		// a click on the empty slot at 10:00 opens the booking form there
		grid.clickAt(doctor.toString(), 10, 0);
		person.visible("[data-testid=booking-dialog]");
		assertThat(person.driver.findElement(By.id("time")).getAttribute("value")).isEqualTo("10:00");
		pickPatient(first.toString(), person.driver.findElement(By.cssSelector("[data-testid=patient-search]")), "Первова");
		new Select(person.visible("[data-testid=booking-chair]")).selectByValue(chair.toString());
		new Select(person.visible("[data-testid=booking-services]")).selectByValue(service.toString());
		person.screenshot("calendar-booking-dialog");
		person.visible("[data-testid=book]").click();
		var card = waitForCardOf(first.toString());
		assertThat(card.getText()).contains("10:00–10:30", "Консультация терапевта");
		assertThat(person.visible(".toast").getText()).contains("Пациент записан");

		// another patient over the same time: refused beside the doctor, the form keeps what was typed
		grid.clickAt(doctor.toString(), 11, 0);
		person.visible("[data-testid=booking-dialog]");
		pickPatient(second.toString(), person.driver.findElement(By.cssSelector("[data-testid=patient-search]")), "Вторина");
		new Select(person.visible("[data-testid=booking-chair]")).selectByValue(chair.toString());
		new Select(person.visible("[data-testid=booking-services]")).selectByValue(service.toString());
		// the time field is the browser's own time picker: set as typed, whatever the machine's 12/24-hour setting
		person.driver.executeScript("arguments[0].value = '10:15'", person.visible("#time"));
		person.visible("[data-testid=book]").click();
		var refusal = person.visible("[data-error-for=doctorId]");
		assertThat(refusal.getText()).isEqualTo("Врач в это время занят: у него другой приём");
		assertThat(person.driver.findElement(By.cssSelector("[data-error-for=chairId]")).getText()).isEqualTo("Кресло в это время занято");
		assertThat(person.driver.findElement(By.id("time")).getAttribute("value")).isEqualTo("10:15");
		person.screenshot("calendar-double-booking-refused");
		person.visible("#booking-dialog [data-close-dialog]").click();
		assertThat(scheduling.ofPatient(second)).isEmpty();

		// drag the first appointment three hours later
		grid.scrollTo(10);
		person.screenshot("calendar-day");
		card = waitForCardOf(first.toString());
		grid.dragDown(card, 180);
		person.visible("[data-testid=undo-bar]");
		// the board is swapped after the move: a card found just before the swap goes stale, and is looked up again
		person.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until(driver -> waitForCardOf(first.toString()).getText().contains("13:00–13:30"));
		assertThat(scheduling.ofPatient(first)).singleElement()
				.satisfies(moved -> assertThat(moved.slot().start()).isEqualTo(today.atTime(13, 0)));
		person.screenshot("calendar-day-after-move");

		// the appointment's details lead to the patient's card
		var moved = waitForCardOf(first.toString());
		person.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", moved);
		moved.click();
		person.visible("[data-testid=appointment-dialog]");
		person.screenshot("calendar-appointment-details");
		person.visible("[data-testid=open-patient-card]").click();
		person.wait.until(ExpectedConditions.urlContains("/patients/" + first));
		assertThat(person.visible("h1").getText()).contains("Первова");
	}

	@Test
	void aNewPatientIsRegisteredFromTheBookingFormArrivesWaitsAndFindsTheVisitOnTheirCard() {
		var doctor = clinic.aDoctor(ClinicDay.surname("Приёмов"));
		var chair = clinic.aChair();
		var service = clinic.aService("Первичный осмотр", 30);
		var lastName = ClinicDay.surname("Новенькая");

		signInAs(Role.ADMINISTRATOR);
		person.open("/calendar?doctor=" + doctor);
		grid.clickAt(doctor.toString(), 15, 0);
		person.visible("[data-testid=booking-dialog]");
		person.visible("[data-testid=quick-register]").click();
		person.type("lastName", lastName);
		person.type("firstName", "Алиса");
		person.driver.executeScript("arguments[0].value = '1994-03-08'", person.visible("#birthDate"));
		person.driver.findElement(By.cssSelector("input[name=sex][value=FEMALE] + span")).click();
		person.type("phone", com.clubstom.patients.web.PatientsOnFile.aFreshPhone());
		new Select(person.visible("[data-testid=booking-chair]")).selectByValue(chair.toString());
		new Select(person.visible("[data-testid=booking-services]")).selectByValue(service.toString());
		person.screenshot("calendar-quick-registration");
		person.visible("[data-testid=book]").click();
		var card = person.wait.until(driver -> driver.findElements(By.cssSelector(".appointment")).stream()
				.filter(element -> element.getText().contains(lastName)).findFirst().orElse(null));
		assertThat(card.getText()).contains("15:00–15:30", "Первичный осмотр");

		// the patient comes: the front desk marks the arrival, the day's waiting room shows her
		person.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", card);
		card.click();
		person.visible("[data-testid=status-ARRIVED]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=waiting-room]"), lastName));
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("toasts"), "Пациент отмечен как пришедший"));
		person.driver.executeScript("window.scrollTo(0, 0)");
		person.screenshot("calendar-waiting-room");

		// her card lists the visit on the "Приёмы" tab
		person.driver.findElement(By.cssSelector("[data-testid=waiting-room] [data-open-appointment]")).click();
		person.visible("[data-testid=open-patient-card]").click();
		person.visible("[data-testid=tab-appointments]").click();
		var upcoming = person.visible("[data-testid=appointments-tab]").getText();
		assertThat(upcoming).contains("15:00", "Первичный осмотр", "Пришёл");
		person.screenshot("patient-card-appointments");
	}

	@Test
	void theFrontDeskUndoesAMoveStretchesAVisitReschedulesItAndCancelsIt() {
		var doctor = clinic.aDoctor(ClinicDay.surname("Правкин"));
		var chair = clinic.aChair();
		var patient = clinic.aPatient(ClinicDay.surname("Правкина"));
		var id = clinic.book(patient, doctor, chair, clinic.aService("Контрольный осмотр", 30), clinic.nextWeek(10, 0));
		var selector = "[data-testid=appointment-" + id + "]";

		signInAs(Role.ADMINISTRATOR);
		person.open("/calendar?date=" + clinic.nextWeek() + "&doctor=" + doctor);
		grid.scrollTo(10);

		// a move, and its undo
		grid.dragDown(person.visible(selector), 60);
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(selector), "11:00–11:30"));
		person.visible("[data-testid=undo-move]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(selector), "10:00–10:30"));
		assertThat(scheduling.find(id).orElseThrow().slot().start()).isEqualTo(clinic.nextWeek(10, 0));

		// the lower edge stretches the visit by a quarter of an hour
		grid.scrollTo(10);
		var card = person.visible(selector);
		new org.openqa.selenium.interactions.Actions(person.driver).moveToElement(card).perform();
		grid.dragDown(card.findElement(By.cssSelector(".appointment__resize")), 15);
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(selector), "10:00–10:45"));
		assertThat(scheduling.find(id).orElseThrow().slot().minutes()).isEqualTo(45);

		// rescheduled from its details by date and time, the length kept
		person.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", person.visible(selector));
		person.visible(selector).click();
		assertThat(person.driver.findElements(By.cssSelector("[data-testid=undo-bar]"))).isEmpty();
		person.driver.executeScript("arguments[0].value = '14:30'", person.visible("[data-testid=reschedule-time]"));
		person.visible("[data-testid=reschedule]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(selector), "14:30–15:15"));

		// cancelled: the reason is asked for beside its field, then the card leaves the day
		person.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", person.visible(selector));
		person.visible(selector).click();
		assertThat(person.driver.findElements(By.cssSelector("[data-testid=undo-bar]"))).isEmpty();
		person.visible("[data-testid=status-CANCELLED]").click();
		assertThat(person.visible("[data-error-for=reason]").getText()).isEqualTo("Укажите причину отмены");
		person.visible("[data-testid=cancel-reason]").sendKeys("пациентка уезжает");
		person.visible("[data-testid=status-CANCELLED]").click();
		person.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(selector)));
		assertThat(scheduling.find(id).orElseThrow().last(com.clubstom.scheduling.AppointmentStatus.CANCELLED)).get()
				.satisfies(cancelled -> assertThat(cancelled.reason()).isEqualTo("пациентка уезжает"));

		// the chairs' view: the chair has its column
		var board = person.visible("#calendar-board");
		person.visible("[data-testid=by-chair] + span").click();
		person.wait.until(ExpectedConditions.stalenessOf(board));
		person.visible("[data-testid=column-head-" + chair + "]");
		person.screenshot("calendar-by-chair");
	}

	@Test
	void theAccountantReadsADoctorsWeekAndTheMonthButBooksNothing() {
		var doctor = clinic.aDoctor(ClinicDay.surname("Недельский"));
		var service = clinic.aService("Имплантация", 90);
		clinic.book(clinic.aPatient(ClinicDay.surname("Имплантова")), doctor, clinic.aChair(), service, clinic.nextWeek(9, 30));
		clinic.book(clinic.aPatient(ClinicDay.surname("Гигиенина")), doctor, clinic.aChair(), clinic.aService("Гигиена", 60),
				clinic.nextWeek(14, 0));

		signInAs(Role.ACCOUNTANT);
		person.open("/calendar?view=week&date=" + clinic.nextWeek() + "&focus=" + doctor + "&colour=status");
		assertThat(person.driver.findElements(By.cssSelector(".grid-board__column"))).hasSize(7);
		var column = person.visible("[data-testid=column-" + clinic.nextWeek() + "]");
		assertThat(column.getText()).contains("09:30–11:00", "Имплантова", "14:00–15:00", "Гигиенина");
		person.screenshot("calendar-week");

		// live: someone at the front desk books meanwhile; this open week shows it without a reload
		var board = person.visible("#calendar-board");
		clinic.book(clinic.aPatient(ClinicDay.surname("Живая")), doctor, clinic.aChair(), service, clinic.nextWeek(16, 0));
		person.wait.until(ExpectedConditions.stalenessOf(board));
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("[data-testid=column-" + clinic.nextWeek() + "]"), "16:00–17:30"));
		grid.clickAt(clinic.nextWeek().toString(), 12, 0);
		assertThat(person.driver.findElements(By.cssSelector("[data-testid=booking-dialog]"))).isEmpty();

		board = person.visible("#calendar-board");
		person.visible("[data-testid=view-month]").click();
		person.wait.until(ExpectedConditions.stalenessOf(board));
		assertThat(person.visible("[data-testid=month-day-" + clinic.nextWeek() + "]").getText()).contains("приём");
		person.screenshot("calendar-month");
	}

	private void pickPatient(String id, WebElement search, String text) {
		search.sendKeys(text);
		person.visible("[data-testid=match-" + id + "]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=picked-patient]"), text));
	}

	private WebElement waitForCardOf(String patientId) {
		return person.wait.until(driver -> driver.findElements(By.cssSelector(".appointment")).stream()
				.filter(card -> {
					try {
						return scheduling.find(com.clubstom.scheduling.AppointmentId.of(card.getAttribute("data-appointment")))
								.map(appointment -> appointment.patientId().toString().equals(patientId)).orElse(false);
					}
					catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
						return false;
					}
				}).findFirst().orElse(null));
	}
}
