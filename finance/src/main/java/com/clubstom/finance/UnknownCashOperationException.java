package com.clubstom.finance;

import java.util.UUID;

/** No cash desk operation has this id. */
public class UnknownCashOperationException extends RuntimeException {

	public UnknownCashOperationException(UUID id) {
		super("No cash desk operation " + id);
	}
}
