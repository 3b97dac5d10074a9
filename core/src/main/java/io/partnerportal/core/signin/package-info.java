/**
 * Who is calling: {@link io.partnerportal.core.signin.SignIn} (a contact's magic links and sessions) and
 * {@link io.partnerportal.core.signin.ApiAuthentication} (a partner's or support's API key).
 */
package io.partnerportal.core.signin;
