/** The JSON API for integrations ({@code /api/**}): HTTP Basic, stateless, errors as problem+json. */
package com.clubstom.web.api;
