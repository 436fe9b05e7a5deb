package com.clubstom.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.clubstom.staff.ClinicProfile;
import com.clubstom.web.i18n.SupportedLanguages;
import com.clubstom.web.security.StaffUser;

import jakarta.servlet.http.HttpServletRequest;

/** What the layout needs on every page: the clinic's name, the signed-in person, their navigation, the languages. */
@ControllerAdvice
class ShellModel {

	private final ClinicProfile clinic;
	private final Navigation navigation;

	ShellModel(ClinicProfile clinic, Navigation navigation) {
		this.clinic = clinic;
		this.navigation = navigation;
	}

	@ModelAttribute("clinicName")
	String clinicName() {
		return clinic.name();
	}

	@ModelAttribute("me")
	StaffUser me(@AuthenticationPrincipal StaffUser me) {
		return me;
	}

	@ModelAttribute("navigation")
	List<NavigationView> navigation(@AuthenticationPrincipal StaffUser me, HttpServletRequest request) {
		var roles = me == null ? Set.<com.clubstom.staff.Role>of() : Set.copyOf(me.getRoles());
		var path = currentPath(request);
		var visible = navigation.visibleTo(roles);
		// the most specific entry is the page's: the waiting list, not the calendar; payroll, not the cash desk
		var active = visible.stream().filter(item -> item.isActiveFor(path))
				.max(java.util.Comparator.comparingInt(item -> item.section().length())).orElse(null);
		return visible.stream()
				.map(item -> new NavigationView(item.labelKey(), item.path(), item.icon(), item == active)).toList();
	}

	/** The page's own path, for the language switch links and the active navigation entry. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return path.isEmpty() ? "/" : path;
	}

	/** Phone numbers shown grouped for reading aloud on every page: {@code ${phones.display(number)}}. */
	@ModelAttribute("phones")
	PhoneDisplay phones() {
		return PhoneDisplay.INSTANCE;
	}

	@ModelAttribute("languages")
	List<Locale> languages() {
		return SupportedLanguages.ALL;
	}

	/** The templates' way to the shared kernel's phone formatting. */
	static final class PhoneDisplay {

		static final PhoneDisplay INSTANCE = new PhoneDisplay();

		public String display(String stored) {
			return com.clubstom.kernel.PhoneNumber.display(stored);
		}
	}

	/** A navigation entry as the layout draws it. */
	record NavigationView(String labelKey, String path, String icon, boolean active) {
	}
}
