/**
 * The customer portal's actor: {@link io.partnerportal.core.portal.CustomerPortal}, the driving port of a
 * signed-in customer contact (SPEC §5.3, §6.3), with its commands and views; its use cases are one
 * package-private service behind it. A portal feature goes here.
 */
package io.partnerportal.core.portal;
