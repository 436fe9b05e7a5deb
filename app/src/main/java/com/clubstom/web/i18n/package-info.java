/** Languages of the interface: Russian by default, English; message bundles contributed by every context. */
package com.clubstom.web.i18n;
