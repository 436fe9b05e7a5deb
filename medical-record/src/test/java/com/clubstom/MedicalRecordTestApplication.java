package com.clubstom;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Boots the medical record context (with the audit trail it writes to) on its own for its tests. It sits in the root
 * package, like the real application, so that Spring Modulith sees {@code medicalrecord} as one of the root's modules.
 * The clock comes from the staff context (plans name their doctor, so staff boots with every module test); the
 * throw-away database from {@code test-support}.
 */
// the audit trail is a shared module: every context writes to it, so every module test bootstraps it
@Modulithic(sharedModules = "audit")
@SpringBootApplication
class MedicalRecordTestApplication {
}
