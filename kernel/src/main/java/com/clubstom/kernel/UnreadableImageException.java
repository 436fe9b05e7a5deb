package com.clubstom.kernel;

/** A file that claims to be a picture cannot be decoded to the end: damaged, cut short, or no picture at all. */
public class UnreadableImageException extends IllegalArgumentException {

	UnreadableImageException(String message) {
		super(message);
	}
}
