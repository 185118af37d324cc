/**
 * What the operators watch: health for the load balancer (liveness, readiness with the search index
 * and the database), Hyoka's own meters for Prometheus, and who may see which.
 */
@NullMarked
package org.hyoka.operations;

import org.jspecify.annotations.NullMarked;
