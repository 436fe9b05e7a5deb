package com.clubstom;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Boots the finance context (with the audit trail it writes to) on its own for its tests. It sits in the root package,
 * like the real application, so that Spring Modulith sees {@code finance} as one of the root's modules. The clock comes
 * from the staff context; the throw-away database from {@code test-support}.
 */
// the audit trail is a shared module: every context writes to it, so every module test bootstraps it
@Modulithic(sharedModules = "audit")
@SpringBootApplication
class FinanceTestApplication {
}
