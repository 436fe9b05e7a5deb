package com.clubstom.finance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The finance context's settings: the clinic's legal details for its printouts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClinicRequisites.class)
class FinanceConfiguration {
}
