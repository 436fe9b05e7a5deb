/* Breaks the package-info rules on purpose: a blank displayName and no Javadoc (this is a plain block comment). */
@org.springframework.modulith.ApplicationModule(displayName = " ")
package com.clubstom.architecture.samples.alpha;
