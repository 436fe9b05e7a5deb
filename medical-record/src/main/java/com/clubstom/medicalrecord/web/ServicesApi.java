package com.clubstom.medicalrecord.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.medicalrecord.ClinicalService;
import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.ServiceCategory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The service catalogue for integrations: services with today's price, and one service with its price history. */
@RestController
@RequestMapping("/api/services")
@Tag(name = "Services", description = "The catalogue of clinical services and the price list")
class ServicesApi {

	private final ServiceCatalogue catalogue;

	ServicesApi(ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "Active services whose name or code holds every word, with today's price")
	List<Summary> search(@Parameter(description = "Words of the name or the code") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "A section of the price list, e.g. THERAPY") @RequestParam(required = false) ServiceCategory category,
			@Parameter(description = "Include retired services") @RequestParam(defaultValue = "false") boolean retired) {
		var today = catalogue.today();
		return catalogue.search(q, category, retired).stream().map(service -> Summary.of(service, today)).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One service with every price on record, the earliest first")
	Detail get(@PathVariable UUID id) {
		var service = catalogue.find(new ClinicalServiceId(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new Detail(Summary.of(service, catalogue.today()),
				service.prices().stream().map(price -> new Price(price.effectiveFrom(), price.price().amount())).toList());
	}

	/** A service with the price in effect today (in roubles, two decimals; none before its first price). */
	record Summary(UUID id, String code, String name, ServiceCategory category, int durationMinutes, boolean perTooth,
			boolean active, BigDecimal price) {

		static Summary of(ClinicalService service, LocalDate today) {
			return new Summary(service.id().value(), service.code(), service.name(), service.category(),
					service.durationMinutes(), service.perTooth(), service.isActive(),
					service.priceOn(today).map(money -> money.amount()).orElse(null));
		}
	}

	record Price(LocalDate effectiveFrom, BigDecimal price) {
	}

	record Detail(Summary service, List<Price> prices) {
	}
}
