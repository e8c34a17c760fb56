/** Vietnamese e-invoice domain (format 2.1.0): model, numbering, money, amount in words, XML, XML-DSig and PDF. */
package vn.counterdesk.invoice;
