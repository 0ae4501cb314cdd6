/** The ways in from a shell: the {@code jyco} runner and REPL, the precompiler and the entry point of precompiled jars. */
package org.jyco.cli;
