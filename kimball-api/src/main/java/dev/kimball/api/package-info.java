/**
 * The public API: {@link dev.kimball.api.Kimball} (entry point), the fluent stages ({@link dev.kimball.api.Acquire},
 * {@link dev.kimball.api.BronzeLoad}), source descriptions ({@link dev.kimball.api.Sources}), immutable results
 * ({@link dev.kimball.api.LoadReport}) and the exception hierarchy rooted at {@link dev.kimball.api.KimballException}.
 * Nothing here opens a file or a connection until a terminal {@code run()}.
 */
package dev.kimball.api;
