package com.clubstom.medicalrecord;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;

/** A stage of a treatment plan ("Этап 1. Санация"): its title and its items in the order planned. */
@Entity
public record PlanStage(@Identity UUID id, String title, List<PlanItem> items) {

	public PlanStage {
		items = items == null ? List.of() : List.copyOf(items);
	}

	public PlanTotals totals() {
		return items.stream().map(PlanItem::totals).reduce(PlanTotals.NONE, PlanTotals::plus);
	}

	/** The services of the stage's items not yet done, each once: what booking an appointment for the stage prefills. */
	public List<ClinicalServiceId> servicesToBook() {
		return items.stream().filter(item -> !item.isDone()).map(PlanItem::service).distinct().toList();
	}

	PlanStage with(PlanItem item) {
		var more = new ArrayList<>(items);
		more.add(item);
		return new PlanStage(id, title, more);
	}

	PlanStage without(UUID itemId) {
		return new PlanStage(id, title, items.stream().filter(item -> !item.id().equals(itemId)).toList());
	}

	PlanStage changing(UUID itemId, UnaryOperator<PlanItem> change) {
		return new PlanStage(id, title, items.stream().map(item -> item.id().equals(itemId) ? change.apply(item) : item).toList());
	}
}
