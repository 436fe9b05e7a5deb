package com.clubstom.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.clubstom.staff.Role;

/** The main navigation: only pages that are built. Each context adds its entry when its first page lands. */
@Component
class Navigation {

	private static final Set<Role> ALL_STAFF = Set.of(Role.values());

	private final List<NavigationItem> items = List.of(
			new NavigationItem("nav.dashboard", "/", "home", ALL_STAFF),
			new NavigationItem("nav.calendar", "/calendar", "calendar", ALL_STAFF),
			new NavigationItem("nav.patients", "/patients", "users", ALL_STAFF),
			new NavigationItem("nav.staff", "/staff", "tooth", ALL_STAFF),
			new NavigationItem("nav.services", "/services", "code", ALL_STAFF),
			new NavigationItem("nav.waiting-list", "/calendar/waiting-list", "clock", ALL_STAFF),
			new NavigationItem("nav.cash-desk", "/finance", "wallet", Set.of(Role.OWNER, Role.ACCOUNTANT)),
			new NavigationItem("nav.note-templates", "/visits/templates", "edit", Set.of(Role.OWNER, Role.DOCTOR)),
			// payroll: the keepers get the month's overview; a doctor their own statement (one entry each, the first wins)
			new NavigationItem("nav.payroll", "/finance/payroll", "coins", Set.of(Role.OWNER, Role.ACCOUNTANT)),
			new NavigationItem("nav.payroll", "/finance/payroll/me", "coins", Set.of(Role.DOCTOR), "/finance/payroll"),
			new NavigationItem("nav.audit", "/audit", "shield", Set.of(Role.OWNER)),
			new NavigationItem("nav.clinic-settings", "/settings/clinic", "settings", Set.of(Role.OWNER)),
			new NavigationItem("nav.chairs", "/settings/chairs", "building", Set.of(Role.OWNER)));

	/** The entries the roles may open, each label once: an entry offered to several roles in turn goes to the first. */
	List<NavigationItem> visibleTo(Set<Role> roles) {
		var labels = new HashSet<String>();
		return items.stream().filter(item -> item.isVisibleTo(roles)).filter(item -> labels.add(item.labelKey())).toList();
	}
}
