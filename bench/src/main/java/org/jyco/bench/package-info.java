/** The side-by-side benchmark harness (Jyco against CPython and PyPy). */
package org.jyco.bench;
