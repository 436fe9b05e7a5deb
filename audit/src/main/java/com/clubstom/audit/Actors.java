package com.clubstom.audit;

/**
 * Tells who is acting right now. The application implements it from the signed-in person and the current request;
 * without one (tests, start-up work) {@link Actor#system()} acts.
 */
@FunctionalInterface
public interface Actors {

	Actor current();
}
