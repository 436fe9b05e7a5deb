package com.clubstom.patients;

/** How the patient prefers to be reached for reminders and questions. */
public enum ContactChannel {
	CALL, SMS, WHATSAPP, TELEGRAM, EMAIL
}
