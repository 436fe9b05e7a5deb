package com.clubstom.patients;

/** How the patient found the clinic (marketing reports count these). */
public enum ReferralSource {
	RECOMMENDATION, RETURNING_FAMILY, SEARCH_ENGINE, MAPS, SOCIAL_MEDIA, REVIEW_SITE, ADVERTISING, INSURANCE_COMPANY,
	PASSING_BY, OTHER
}
