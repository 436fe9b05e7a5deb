/**
 * The ClubStom shell: the layout every page shares, navigation, sign-in and first-run setup pages, the dashboard,
 * clinic settings, translated error pages, and the security rules that say which roles may use which page
 * ({@code security.AccessRules}). Composes the contexts; no context depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package com.clubstom.web;
