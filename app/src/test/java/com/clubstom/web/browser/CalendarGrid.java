package com.clubstom.web.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The calendar's time grid as a person's mouse meets it: times become pixels (calendar.css --ppm). */
final class CalendarGrid {

	/** Pixels per minute of the time grid. */
	static final double PPM = 1.6;

	private final Browser person;

	CalendarGrid(Browser person) {
		this.person = person;
	}

	/** A real click on the grid at that time in the column (a doctor's, a chair's or a day's). */
	void clickAt(String column, int hour, int minute) {
		var element = person.visible("[data-testid=column-" + column + "]");
		var offset = ((hour * 60 + minute) - opensMinute()) * PPM + 4;
		person.driver.executeScript("document.querySelector('.grid-board').scrollTop = Math.max(0, arguments[0] - 120);"
				+ "window.scrollTo(0, 0);", offset);
		@SuppressWarnings("unchecked")
		var box = (List<Number>) person.driver.executeScript(
				"var r = arguments[0].getBoundingClientRect(); return [r.left, r.top];", element);
		new Actions(person.driver).moveToLocation((int) (box.get(0).doubleValue() + 30), (int) (box.get(1).doubleValue() + offset))
				.click().perform();
	}

	/** Drags what is under the pointer at {@code element} down by {@code minutes} (a card to move, its edge to resize). */
	void dragDown(WebElement element, int minutes) {
		var step = (int) Math.round(minutes * PPM / 3);
		new Actions(person.driver).moveToElement(element).clickAndHold().moveByOffset(0, step).moveByOffset(0, step)
				.moveByOffset(0, (int) Math.round(minutes * PPM) - 2 * step).release().perform();
	}

	/** Scrolls the grid so that {@code hour} is near its top, the page to its top. */
	void scrollTo(int hour) {
		person.driver.executeScript("window.scrollTo(0, 0); document.querySelector('.grid-board').scrollTop = arguments[0];",
				(int) Math.round((hour * 60 - opensMinute()) * PPM) - 12);
	}

	private int opensMinute() {
		var opens = person.driver.findElement(By.cssSelector(".grid-board")).getAttribute("data-opens");
		return Integer.parseInt(opens.substring(0, 2)) * 60 + Integer.parseInt(opens.substring(3, 5));
	}
}
