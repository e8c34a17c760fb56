/** Test kit: virtual chip ID card, test PKI, vpcd bridge and upstream simulator, for tests and demo mode. */
package vn.counterdesk.testkit;
