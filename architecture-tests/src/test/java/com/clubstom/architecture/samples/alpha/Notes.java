package com.clubstom.architecture.samples.alpha;

import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Breaks "repositories are not public". */
public interface Notes extends Repository<Note, UUID> {
}
