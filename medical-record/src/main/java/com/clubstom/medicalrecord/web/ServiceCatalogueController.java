package com.clubstom.medicalrecord.web;

import java.io.IOException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ClinicalService;
import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.medicalrecord.InvalidServiceException;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.ServiceCatalogue.ServiceChangedMeanwhileException;
import com.clubstom.medicalrecord.ServiceCategory;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;

/**
 * The service catalogue and price list: live search as you type and a category filter for everyone; for the owner and
 * the accountant a new service, its description and a new price from a date in a modal dialog (errors beside the
 * fields, the input kept, a form someone else overtook refused), retiring and reinstating, and the price list exported
 * to and imported from a spreadsheet (nothing imported when any row is rejected). The access rules let every role GET
 * {@code /services/*}; the dialogs check the role here.
 */
@Controller
@RequestMapping("/services")
class ServiceCatalogueController {

	private final ServiceCatalogue catalogue;

	ServiceCatalogueController(ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The whole page, or only the results when the search bar asks through htmx. */
	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "false") boolean retired, HtmxRequest htmx, Authentication signedIn, Locale locale,
			Model model) {
		var chosen = category(category);
		var today = catalogue.today();
		model.addAttribute("q", q);
		model.addAttribute("category", chosen == null ? "" : chosen.name());
		model.addAttribute("retired", retired);
		model.addAttribute("rows", catalogue.search(q, chosen, retired).stream().map(service -> Row.of(service, today, locale))
				.toList());
		model.addAttribute("canEdit", managesPrices(signedIn));
		if (htmx != null && htmx.isHtmxRequest() && "service-results".equals(htmx.getTarget())) {
			return "services/catalogue :: results";
		}
		model.addAttribute("categories", ServiceCategory.values());
		return "services/catalogue";
	}

	@GetMapping("/new")
	String newForm(Authentication signedIn, Model model) {
		requireManagesPrices(signedIn);
		var input = new ServiceInput();
		input.setDuration("30");
		input.setEffectiveFrom(catalogue.today().toString());
		return dialog("new", null, input, model);
	}

	@PostMapping
	Object add(@ModelAttribute("service") ServiceInput input, BindingResult errors, Authentication signedIn, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		requireManagesPrices(signedIn);
		var details = input.toDetails();
		var price = input.price(errors);
		var effectiveFrom = input.effectiveFrom(errors);
		BrokenRules.report(details.violations(), errors);
		BrokenRules.report(ClinicalService.checkPrice(effectiveFrom, price, null, null), errors);
		if (!errors.hasErrors()) {
			try {
				catalogue.add(details, effectiveFrom, price);
				return saved("service.added", htmx, redirect);
			}
			catch (InvalidServiceException invalid) {
				BrokenRules.report(invalid.violations(), errors);
			}
		}
		return dialog("new", null, input, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Authentication signedIn, Model model) {
		requireManagesPrices(signedIn);
		var service = existing(id);
		return dialog("edit", service, ServiceInput.of(service, catalogue.today()), model);
	}

	@PostMapping("/{id}")
	Object describe(@PathVariable UUID id, @ModelAttribute("service") ServiceInput input, BindingResult errors,
			Authentication signedIn, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		requireManagesPrices(signedIn);
		var service = existing(id);
		var details = input.toDetails();
		BrokenRules.report(details.violations(), errors);
		if (!errors.hasErrors()) {
			try {
				catalogue.describe(service.id(), details, version(input));
				return saved("service.saved", htmx, redirect);
			}
			catch (InvalidServiceException invalid) {
				BrokenRules.report(invalid.violations(), errors);
			}
			catch (ServiceChangedMeanwhileException meanwhile) {
				return overtaken("edit", id, input, model);
			}
		}
		return dialog("edit", service, input, model);
	}

	@GetMapping("/{id}/price")
	String priceForm(@PathVariable UUID id, Authentication signedIn, Model model) {
		requireManagesPrices(signedIn);
		var service = existing(id);
		var input = ServiceInput.of(service, catalogue.today());
		input.setEffectiveFrom(catalogue.today().with(TemporalAdjusters.firstDayOfNextMonth()).toString());
		return dialog("price", service, input, model);
	}

	@PostMapping("/{id}/price")
	Object changePrice(@PathVariable UUID id, @ModelAttribute("service") ServiceInput input, BindingResult errors,
			Authentication signedIn, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		requireManagesPrices(signedIn);
		var service = existing(id);
		var price = input.price(errors);
		var effectiveFrom = input.effectiveFrom(errors);
		BrokenRules.report(ClinicalService.checkPrice(effectiveFrom, price, catalogue.today(), catalogue.today()), errors);
		if (!errors.hasErrors()) {
			try {
				catalogue.changePrice(service.id(), effectiveFrom, price, version(input));
				return saved("service.price-changed", htmx, redirect);
			}
			catch (InvalidServiceException invalid) {
				BrokenRules.report(invalid.violations(), errors);
			}
			catch (ServiceChangedMeanwhileException meanwhile) {
				return overtaken("price", id, input, model);
			}
		}
		return dialog("price", service, input, model);
	}

	@PostMapping("/{id}/retire")
	Object retire(@PathVariable UUID id, Authentication signedIn, HtmxRequest htmx, RedirectAttributes redirect) {
		requireManagesPrices(signedIn);
		catalogue.retire(existing(id).id());
		return saved("service.retired", htmx, redirect);
	}

	@PostMapping("/{id}/reinstate")
	Object reinstate(@PathVariable UUID id, Authentication signedIn, HtmxRequest htmx, RedirectAttributes redirect) {
		requireManagesPrices(signedIn);
		catalogue.reinstate(existing(id).id());
		return saved("service.reinstated", htmx, redirect);
	}

	/** The listed services (all, or as filtered) as a spreadsheet. */
	@GetMapping("/export/csv")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "true") boolean retired, Authentication signedIn) {
		requireManagesPrices(signedIn);
		var content = catalogue.export(catalogue.search(q, category(category), retired));
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("services-" + catalogue.today() + ".csv").build().toString())
				.body(content);
	}

	/** Imports a price list; the page shows the report (and nothing is imported when any row is rejected). */
	@PostMapping("/import")
	String importCsv(@RequestParam("file") MultipartFile file, Authentication signedIn, Locale locale, Model model)
			throws IOException {
		requireManagesPrices(signedIn);
		model.addAttribute("report", catalogue.importCsv(file.getBytes()));
		return list("", "", false, null, signedIn, locale, model);
	}

	private Object saved(String toastCode, HtmxRequest htmx, RedirectAttributes redirect) {
		redirect.addFlashAttribute("toastCode", toastCode);
		return htmx != null && htmx.isHtmxRequest() ? new HtmxRedirectView("/services") : "redirect:/services";
	}

	private String overtaken(String mode, UUID id, ServiceInput input, Model model) {
		var current = existing(id);
		model.addAttribute("changedMeanwhileBy", current.changedBy());
		input.setVersion(current.version());
		return dialog(mode, current, input, model);
	}

	private String dialog(String mode, ClinicalService service, ServiceInput input, Model model) {
		model.addAttribute("service", input);
		model.addAttribute("mode", mode);
		model.addAttribute("serviceId", service == null ? null : service.id().toString());
		model.addAttribute("serviceName", service == null ? null : service.name());
		model.addAttribute("categories", ServiceCategory.values());
		model.addAttribute("today", catalogue.today());
		return "services/dialog :: dialog";
	}

	private static long version(ServiceInput input) {
		return input.getVersion() == null ? Long.MAX_VALUE : input.getVersion();
	}

	private ClinicalService existing(UUID id) {
		return catalogue.find(new ClinicalServiceId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ServiceCategory category(String name) {
		try {
			return name == null || name.isBlank() ? null : ServiceCategory.valueOf(name);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	/** The owner and the accountant keep the catalogue and the prices. */
	static boolean managesPrices(Authentication signedIn) {
		var roles = SignedIn.roles(signedIn);
		return roles.contains("OWNER") || roles.contains("ACCOUNTANT");
	}

	private static void requireManagesPrices(Authentication signedIn) {
		if (!managesPrices(signedIn)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	/** A service as the list shows it: today's price formatted, and the next one when a change is coming. */
	record Row(String id, String name, String code, ServiceCategory category, int duration, boolean perTooth, boolean active,
			String price, String nextPrice, java.time.LocalDate nextFrom) {

		static Row of(ClinicalService service, java.time.LocalDate today, Locale locale) {
			var next = service.prices().stream().filter(entry -> entry.effectiveFrom().isAfter(today)).findFirst().orElse(null);
			return new Row(service.id().toString(), service.name(), service.code(), service.category(),
					service.durationMinutes(), service.perTooth(), service.isActive(),
					service.priceOn(today).map(money -> money.display(locale)).orElse(null),
					next == null ? null : next.price().display(locale), next == null ? null : next.effectiveFrom());
		}
	}
}
