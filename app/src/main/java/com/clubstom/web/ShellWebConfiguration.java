package com.clubstom.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Shell behaviour every context's pages share. */
@Configuration(proxyBeanMethods = false)
class ShellWebConfiguration implements WebMvcConfigurer {

	private final ToastRequests toastRequests;

	ShellWebConfiguration(ToastRequests toastRequests) {
		this.toastRequests = toastRequests;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(toastRequests);
	}
}
