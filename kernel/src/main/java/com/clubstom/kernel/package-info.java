/**
 * Shared kernel: the few value types several contexts must agree on exactly (a telephone number typed at the front desk
 * for a patient and for a staff member is read by the same rules; money is roubles and kopecks everywhere). Only immutable values with their validation live here:
 * no services, no storage, no events, and no dependency on any context.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package com.clubstom.kernel;
