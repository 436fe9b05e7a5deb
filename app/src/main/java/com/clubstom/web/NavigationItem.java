package com.clubstom.web;

import java.util.Set;

import com.clubstom.staff.Role;

/**
 * One entry of the main navigation: a page that exists, with the roles that may open it (the same roles the access
 * rules grant, so nobody sees a link that ends in 403).
 *
 * @param labelKey message code of the label
 * @param path where it leads
 * @param icon id of the symbol in {@code assets/img/icons.svg}
 * @param section the paths under which it is the current entry: usually {@code path}; wider when {@code path} leads on
 * (the doctor's payroll entry, {@code /finance/payroll/me}, redirects to their statement under {@code /finance/payroll})
 */
record NavigationItem(String labelKey, String path, String icon, Set<Role> roles, String section) {

	NavigationItem(String labelKey, String path, String icon, Set<Role> roles) {
		this(labelKey, path, icon, roles, path);
	}

	boolean isVisibleTo(Set<Role> held) {
		return roles.stream().anyMatch(held::contains);
	}

	boolean isActiveFor(String currentPath) {
		return section.equals("/") ? currentPath.equals("/") : currentPath.startsWith(section);
	}
}
