package com.clubstom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Set;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.ServiceCategory;
import com.clubstom.medicalrecord.ServiceDetails;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.scheduling.AppointmentStatus;
import com.clubstom.scheduling.Booking;
import com.clubstom.scheduling.PartOfDay;
import com.clubstom.scheduling.Scheduling;
import com.clubstom.scheduling.WaitingList;
import com.clubstom.scheduling.WaitingRequest;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.Position;
import com.clubstom.staff.Role;
import com.clubstom.staff.Shift;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.staff.WorkingHours;

/**
 * The administrator puts a patient on the waiting list: finds her by typing part of her surname, picks her, chooses the
 * doctor and the evenings, is told a missing choice beside the field first; then takes her off the list again. A
 * cancelled time shows the waiting patients it suits, the longest waiting first, each with a link that books them.
 */
@Import(PatientsOnFile.class)
class WaitingListBrowserTests extends InTheClinic {

	@Autowired StaffDirectory directory;
	@Autowired PatientsOnFile patients;
	@Autowired WorkingHours hours;
	@Autowired Chairs chairs;
	@Autowired ServiceCatalogue catalogue;
	@Autowired Scheduling scheduling;
	@Autowired WaitingList waitingList;

	@Test
	void theAdministratorPicksAPatientBySearchPutsHerOnTheListAndTakesHerOff() {
		var doctor = directory.hire(new StaffMemberDetails("Вечерний", "Пётр", "Ильич", Position.DOCTOR,
				Set.of(Specialisation.THERAPIST), null, null, new CalendarColour("#0D7680"), null, null, null));
		var patient = patients.anAdultWithDocuments("Терпеливая", "Анна", "Сергеевна");

		signInAs(Role.ADMINISTRATOR);
		person.visible("a.nav__link[href='/calendar/waiting-list']").click();
		person.visible("[data-testid=add-to-waiting-list]").click();
		person.visible("[data-testid=waiting-dialog]");

		// nothing chosen yet: the dialog says so beside the patient and the doctor
		person.visible("[data-testid=save-waiting]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-error-for=patientId]"),
				"Выберите пациента"));
		assertThat(person.driver.findElement(By.cssSelector("[data-error-for=doctorId]")).getText())
				.isEqualTo("Укажите врача или услугу");

		person.type("patientQuery", "терпелив");
		person.visible("[data-testid=patient-choice] input[value='" + patient + "']").click();
		new Select(person.driver.findElement(By.id("doctorId"))).selectByVisibleText("Вечерний Пётр Ильич");
		new Select(person.driver.findElement(By.id("partOfDay"))).selectByValue("EVENING");
		person.type("note", "после работы");
		// typing again keeps the patient already picked at the top of the choices
		person.type("patientQuery", "терпеливая анна");
		person.wait.until(ExpectedConditions.elementSelectionStateToBe(
				By.cssSelector("[data-testid=patient-choice] input[value='" + patient + "']"), true));
		person.screenshot("waiting-list-dialog");
		person.visible("[data-testid=save-waiting]").click();

		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=waiting-patients]"),
				"Терпеливая Анна Сергеевна"));
		assertThat(person.driver.findElement(By.cssSelector("[data-testid=waiting-patients]")).getText())
				.contains("Вечерний Пётр Ильич", "Вечер (после 17:00)", "после работы");
		person.screenshot("waiting-list");

		var row = By.xpath("//tr[@data-testid='waiting-row'][.//a[contains(., 'Терпеливая Анна Сергеевна')]]");
		person.driver.findElement(row).findElement(By.cssSelector("[data-testid=withdraw]")).click();
		person.wait.until(ExpectedConditions.invisibilityOfElementLocated(row));
		assertThat(waitingList.waiting()).noneMatch(entry -> entry.patientId().equals(patient));
	}

	@Test
	void aCancelledTimeShowsTheWaitingPatientsItSuitsWithALinkToBookThem() {
		var doctor = directory.hire(new StaffMemberDetails("Утренний", "Глеб", "Ильич", Position.DOCTOR,
				Set.of(Specialisation.THERAPIST), null, null, new CalendarColour("#7A3E9D"), null, null, null));
		var week = new EnumMap<DayOfWeek, List<Shift>>(DayOfWeek.class);
		for (var day : DayOfWeek.values()) {
			week.put(day, List.of(Shift.of("09:00", "18:00")));
		}
		hours.changeWeeklyShifts(doctor, week);
		var chair = chairs.add("Кресло у окна " + System.nanoTime() % 100_000, null);
		var service = catalogue.add(new ServiceDetails("Профессиональная гигиена (лист ожидания)", String.format("A16.07.051.%03d", System.nanoTime() % 1000),
				ServiceCategory.HYGIENE, 60, false), catalogue.today(), Money.roubles(7500));
		var day = waitingList.today().plusDays(3);
		var cancelled = scheduling.book(new Booking(patients.anAdultWithDocuments("Занятая", "Нина", "Петровна"), doctor, chair,
				List.of(service), day.atTime(9, 30), null, null), false);
		var first = patients.anAdultWithDocuments("Ранняя", "Вера", "Олеговна");
		waitingList.add(new WaitingRequest(first, doctor, null, null, null, PartOfDay.MORNING, "может за час"));
		waitingList.add(new WaitingRequest(patients.anAdultWithDocuments("Поздняя", "Лидия", "Андреевна"), null, service, null,
				null, PartOfDay.ANY, null));
		scheduling.changeStatus(cancelled, 0, AppointmentStatus.CANCELLED, "заболела");
		await().atMost(Duration.ofSeconds(10)).until(() -> waitingList.suggestions().stream()
				.anyMatch(suggestion -> suggestion.slot().appointmentId().equals(cancelled)));

		signInAs(Role.ADMINISTRATOR);
		person.open("/calendar/waiting-list");
		var freed = person.visible("[data-testid=freed-slot]");
		assertThat(freed.getText()).contains("09:30–10:30", "Утренний Глеб Ильич", "отмена", "Ранняя Вера Олеговна",
				"Поздняя Лидия Андреевна");
		assertThat(freed.findElement(By.cssSelector("[data-testid=book-suggested]")).getAttribute("href"))
				.endsWith("/calendar?date=" + day + "&doctor=" + doctor + "&patient=" + first);
		person.screenshot("waiting-list-freed-time");

		// the link opens that day of the doctor; the freed slot clicked books the waiting patient
		freed.findElement(By.cssSelector("[data-testid=book-suggested]")).click();
		new CalendarGrid(person).clickAt(doctor.toString(), 9, 30);
		assertThat(person.visible("[data-testid=picked-patient]").getText()).isEqualTo("Ранняя Вера Олеговна");
		new org.openqa.selenium.support.ui.Select(person.visible("[data-testid=booking-chair]")).selectByValue(chair.toString());
		new org.openqa.selenium.support.ui.Select(person.visible("[data-testid=booking-services]")).selectByValue(service.toString());
		person.visible("[data-testid=book]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=column-" + doctor + "]"),
				"Ранняя Вера Олеговна"));
		assertThat(scheduling.ofPatient(first)).singleElement()
				.satisfies(booked -> assertThat(booked.slot().start()).isEqualTo(day.atTime(9, 30)));
	}
}
