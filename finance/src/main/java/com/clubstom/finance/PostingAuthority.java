package com.clubstom.finance;

/**
 * How far the person posting may go. The accountant and the owner post anything; the front desk takes payments and
 * deposits and hands back refunds up to the clinic's limit, no discounts or corrections.
 */
public enum PostingAuthority {

	FULL, FRONT_DESK
}
