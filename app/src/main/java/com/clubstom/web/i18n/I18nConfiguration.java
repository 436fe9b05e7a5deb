package com.clubstom.web.i18n;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Every context ships its texts as {@code i18n/<context>.properties} (Russian, the default) and
 * {@code i18n/<context>_en.properties}; all bundles on the classpath are found at start, so a new context only adds files.
 * The chosen language is remembered in a cookie and switched with {@code ?lang=ru|en}.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final Locale defaultLocale;

	I18nConfiguration(@Value("${clubstom.default-language:ru}") String defaultLanguage) {
		this.defaultLocale = SupportedLanguages.of(defaultLanguage).orElse(RUSSIAN);
	}

	@Bean
	MessageSource messageSource() throws IOException {
		var basenames = new TreeSet<String>();
		for (var bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
			var file = bundle.getFilename();
			basenames.add("classpath:i18n/" + file.replaceFirst("(_[a-z]{2}(_[A-Z]{2})?)?\\.properties$", ""));
		}
		var messages = new ReloadableResourceBundleMessageSource();
		messages.setBasenames(basenames.toArray(String[]::new));
		messages.setDefaultEncoding("UTF-8");
		// the base files are Russian: never fall back to the server's own locale
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(RUSSIAN);
		messages.setCacheMillis(-1);
		return messages;
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("clubstom-lang");
		resolver.setDefaultLocale(defaultLocale);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new SupportedLanguageChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}
}
