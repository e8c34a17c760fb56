package vn.counterdesk.testkit.upstream;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which faults strike how often. Each request rolls each enabled fault independently with its
 * probability. {@code latency} bounds the LATENCY fault's delay.
 */
public final class FaultPlan {

    private final Map<Fault, Double> probabilities;
    private final Duration maxLatency;
    private final SplittableRandom random;

    private FaultPlan(Map<Fault, Double> probabilities, Duration maxLatency, long seed) {
        this.probabilities = new EnumMap<>(Fault.class);
        this.probabilities.putAll(probabilities);
        this.maxLatency = maxLatency;
        this.random = new SplittableRandom(seed);
    }

    public static FaultPlan none() {
        return new FaultPlan(Map.of(), Duration.ZERO, 0);
    }

    /** {@code fault} on every request. */
    public static FaultPlan always(Fault fault, Duration maxLatency) {
        return new FaultPlan(Map.of(fault, 1.0), maxLatency, 1);
    }

    /** The given faults, each at {@code rate} per request. */
    public static FaultPlan of(java.util.Collection<Fault> faults, double rate, Duration maxLatency) {
        Map<Fault, Double> chosen = new EnumMap<>(Fault.class);
        faults.forEach(f -> chosen.put(f, rate));
        return new FaultPlan(chosen, maxLatency, System.nanoTime());
    }

    /** Every fault at {@code rate} per request. */
    public static FaultPlan mixed(double rate, Duration maxLatency, long seed) {
        Map<Fault, Double> all = new EnumMap<>(Fault.class);
        for (Fault f : Fault.values()) {
            all.put(f, rate);
        }
        return new FaultPlan(all, maxLatency, seed);
    }

    synchronized boolean strikes(Fault fault) {
        double p = probabilities.getOrDefault(fault, 0.0);
        return p > 0 && random.nextDouble() < p;
    }

    synchronized Duration latency() {
        long max = Math.max(1, maxLatency.toMillis());
        return Duration.ofMillis(random.nextLong(max + 1));
    }

    synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
