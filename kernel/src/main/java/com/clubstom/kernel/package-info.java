/**
 * Shared kernel: the few value types several contexts must agree on exactly (a telephone number typed at the front desk
 * for a patient and for a staff member is read by the same rules; money is an exact amount and a currency everywhere; an
 * uploaded staff photo and a patient's X-ray are told by their bytes and decoded the same way). Only immutable values with
 * their validation live here: no services, no storage, no events, and no dependency on any context.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package com.clubstom.kernel;
