package org.registro.store;

/**
 * A unit of change computed from the current state: it reads through the {@link Staging}, stages
 * what must change and returns its result. It must not have side effects of its own, since it runs
 * on the store's writer thread; if it throws, nothing it staged is written.
 */
@FunctionalInterface
public interface Mutation<R> {

	R apply(Staging staging);

}
