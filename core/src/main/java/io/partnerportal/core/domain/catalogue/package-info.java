/**
 * The product catalogue: products, apps and collections with their scope, what a collection
 * includes and which hosts an app accepts. The catalogue is data, never hard-coded in rules.
 */
package io.partnerportal.core.domain.catalogue;
