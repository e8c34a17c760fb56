/** The counter's SQLite database: migrations, encrypted personal data, audit log, search and the sync outbox. */
package vn.counterdesk.store;
