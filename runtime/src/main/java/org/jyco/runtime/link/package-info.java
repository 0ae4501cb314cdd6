/**
 * The invokedynamic linker, and only it: {@link org.jyco.runtime.link.Bootstraps} (the bootstrap
 * methods generated code names), {@link org.jyco.runtime.link.PySite} (the guarded inline cache
 * with its depth limit, megamorphic state and SwitchPoint invalidation), the site kinds
 * (operators, calls, attributes and items, globals) that decide specialisations, and
 * {@link org.jyco.runtime.link.Guards}. Run with {@code -Djyco.link.log=true} to print relinks.
 */
package org.jyco.runtime.link;
