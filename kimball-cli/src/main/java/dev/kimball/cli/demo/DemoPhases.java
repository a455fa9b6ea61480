package dev.kimball.cli.demo;

import java.util.List;

/** The demo's phases, in order. Transform and model will be inserted after {@link DiscoverPhase}, before {@link NextStepsPhase}. */
public final class DemoPhases {
    private DemoPhases() {
    }

    public static List<DemoPhase> standard() {
        return List.of(new GeneratePhase(), new AcquirePhase(), new DiscoverPhase(), new NextStepsPhase());
    }
}
