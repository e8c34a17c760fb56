package vn.counterdesk.app.demo;

import java.util.List;

/**
 * A card the demo reader can hold: a shipped persona, optionally made with faults (a tampered one,
 * a clone, a card pulled out mid-read).
 *
 * @param key message key of its label in the chooser
 */
public record DemoCard(String key, String persona, List<String> faults) {

    public DemoCard {
        faults = List.copyOf(faults);
    }

    /** The shipped choice: a good card, one without expiry, a tampered one, a clone, one pulled out. */
    public static List<DemoCard> shipped() {
        return List.of(
                new DemoCard("demo.card.good", "nguyen-van-an", List.of()),
                new DemoCard("demo.card.lifetime", "le-van-hung", List.of()),
                new DemoCard("demo.card.good2", "tran-thi-ngoc-anh", List.of()),
                new DemoCard("demo.card.tampered", "hoang-minh-khoa", List.of("tampered-data-group")),
                new DemoCard("demo.card.clone", "pham-thi-mai", List.of("aa-key-mismatch")),
                new DemoCard("demo.card.removed", "dang-thi-hue", List.of("card-removed:12")));
    }
}
