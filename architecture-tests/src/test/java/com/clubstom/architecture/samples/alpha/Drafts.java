package com.clubstom.architecture.samples.alpha;

import java.util.UUID;

import org.springframework.data.repository.Repository;

/** A repository that beta reaches into; it has to be public for beta to see it at all. */
public interface Drafts extends Repository<Note, UUID> {
}
