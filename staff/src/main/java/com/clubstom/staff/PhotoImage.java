package com.clubstom.staff;

import java.time.Instant;

/**
 * A staff photo (or its thumbnail) as served: bytes, content type and a tag that changes with every upload, for
 * HTTP caching.
 */
public record PhotoImage(byte[] bytes, String contentType, String tag, Instant uploadedAt) {
}
