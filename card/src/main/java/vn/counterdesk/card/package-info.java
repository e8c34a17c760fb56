/** ICAO 9303 terminal side for the Vietnamese chip ID card: access, reading, parsing, verification. */
package vn.counterdesk.card;
