package com.clubstom.staff;

/** An uploaded file cannot be a staff photo; {@link #code()} is the message code that says why. */
public class PhotoRejectedException extends IllegalArgumentException {

	private final String code;

	PhotoRejectedException(String code) {
		super("Photo rejected: " + code);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
