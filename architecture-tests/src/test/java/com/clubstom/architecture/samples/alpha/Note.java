package com.clubstom.architecture.samples.alpha;

import java.util.UUID;

/** What the sample repositories store. */
public record Note(UUID id, String text) {
}
