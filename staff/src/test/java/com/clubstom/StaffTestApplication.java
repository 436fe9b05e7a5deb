package com.clubstom;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Boots the staff context on its own for its tests. It sits in the root package, like the real application, so that
 * Spring Modulith sees {@code staff} as one of the root's modules. Its throw-away database and clock come from
 * {@code test-support}.
 */
// the audit trail is a shared module: every context writes to it, so every module test bootstraps it
@Modulithic(sharedModules = "audit")
@SpringBootApplication
class StaffTestApplication {
}
