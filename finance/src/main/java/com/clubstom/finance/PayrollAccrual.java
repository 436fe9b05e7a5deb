package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import com.clubstom.kernel.Money;
import com.clubstom.staff.StaffMemberId;

/**
 * What one completed visit, or one amendment of it, earned one person: the lines of their pay for its procedures, in the
 * payroll month they belong to. Its key is the source and the person ({@code visit:<visitId>:<staffId>},
 * {@code amendment:<amendmentId>:<staffId>}), so the same event heard twice accrues once: the second insert meets the
 * unique key. Never changed once written: a correction is an accrual of its own with reversal lines.
 */
@AggregateRoot
@Document("payroll_accruals")
@CompoundIndex(name = "person_month", def = "{'staffMemberId': 1, 'month': 1}")
public class PayrollAccrual {

	@Id
	@Identity
	private final String key;
	/** {@code visit:<visitId>} or {@code amendment:<amendmentId>}: everything one event accrued. */
	@Indexed
	private final String source;
	private final UUID staffMemberId;
	/** The payroll month, {@code 2026-11}. */
	@Indexed
	private final String month;
	/** The day the pay is dated: the visit's, or the amendment's. */
	private final LocalDate day;
	@Indexed
	private final UUID visitId;
	private final LocalDate visitDay;
	private final UUID patientId;
	private final UUID amendmentId;
	private final List<AccrualLine> lines;
	private final Instant at;
	private final String by;

	@PersistenceCreator
	PayrollAccrual(String key, String source, UUID staffMemberId, String month, LocalDate day, UUID visitId,
			LocalDate visitDay, UUID patientId, UUID amendmentId, List<AccrualLine> lines, Instant at, String by) {
		this.key = key;
		this.source = source;
		this.staffMemberId = staffMemberId;
		this.month = month;
		this.day = day;
		this.visitId = visitId;
		this.visitDay = visitDay;
		this.patientId = patientId;
		this.amendmentId = amendmentId;
		this.lines = lines == null ? List.of() : List.copyOf(lines);
		this.at = at;
		this.by = by;
	}

	/** The pay a completed visit earned the person, dated the visit's day. */
	static PayrollAccrual forVisit(PayrollVisit visit, UUID staffMember, List<AccrualLine> lines, Instant at, String by) {
		var source = visitSource(visit.visitId());
		return new PayrollAccrual(source + ":" + staffMember, source, staffMember, YearMonth.from(visit.day()).toString(),
				visit.day(), visit.visitId(), visit.day(), visit.patientId(), null, lines, at, by);
	}

	/**
	 * The correction an amendment made to the person's pay for a visit, dated the day of the amendment: a month already
	 * paid out is not rewritten, the next pay is.
	 */
	static PayrollAccrual forAmendment(UUID amendment, UUID visitId, LocalDate visitDay, UUID patientId, LocalDate day,
			UUID staffMember, List<AccrualLine> lines, Instant at, String by) {
		var source = amendmentSource(amendment);
		return new PayrollAccrual(source + ":" + staffMember, source, staffMember, YearMonth.from(day).toString(), day,
				visitId, visitDay, patientId, amendment, lines, at, by);
	}

	static String visitSource(UUID visit) {
		return "visit:" + visit;
	}

	static String amendmentSource(UUID amendment) {
		return "amendment:" + amendment;
	}

	public String key() {
		return key;
	}

	public StaffMemberId staffMemberId() {
		return new StaffMemberId(staffMemberId);
	}

	public YearMonth month() {
		return YearMonth.parse(month);
	}

	public LocalDate day() {
		return day;
	}

	public UUID visitId() {
		return visitId;
	}

	/** The day of the visit the pay is for (an amendment may come later). */
	public LocalDate visitDay() {
		return visitDay;
	}

	public UUID patientId() {
		return patientId;
	}

	/** Whether this corrects a visit's pay after an amendment rather than accruing for the visit itself. */
	public boolean isCorrection() {
		return amendmentId != null;
	}

	public UUID amendmentId() {
		return amendmentId;
	}

	public List<AccrualLine> lines() {
		return lines;
	}

	/** What it adds to the person's pay; negative when a correction takes back more than it adds. */
	public Money amount() {
		return Money.sum(lines.stream().map(AccrualLine::amount).toList());
	}

	/** What its lines of one kind add. */
	public Money amountOf(AccrualKind kind) {
		return Money.sum(lines.stream().filter(line -> line.kind() == kind).map(AccrualLine::amount).toList());
	}

	public Instant at() {
		return at;
	}

	public String by() {
		return by;
	}
}
