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
 */
record NavigationItem(String labelKey, String path, String icon, Set<Role> roles) {

	boolean isVisibleTo(Set<Role> held) {
		return roles.stream().anyMatch(held::contains);
	}

	boolean isActiveFor(String currentPath) {
		return path.equals("/") ? currentPath.equals("/") : currentPath.startsWith(path);
	}
}
