/** Upstream synchronisation: TDiep envelopes, connectors and the outbox-draining engine. */
package vn.counterdesk.sync;
