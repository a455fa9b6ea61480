/**
 * The {@code kimball demo}: a deterministic generator of a messy car-dealership dataset
 * ({@link dev.kimball.cli.demo.DealershipDataset}) and the ordered {@link dev.kimball.cli.demo.DemoPhase}s that
 * generate it, load it into bronze and say what to do next. Later phases (discover, transform, model) are added to
 * {@link dev.kimball.cli.demo.DemoPhases#standard()} as the engine grows. The same seed always produces byte-identical
 * files, so a demo run is reproducible and its counts can be asserted.
 */
package dev.kimball.cli.demo;
