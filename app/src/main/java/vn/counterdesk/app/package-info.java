/** Composition root: JavaFX screens, view models, command line and configuration. */
package vn.counterdesk.app;
