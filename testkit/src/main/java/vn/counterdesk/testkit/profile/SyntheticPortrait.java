package vn.counterdesk.testkit.profile;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws a small face-like JPEG for a synthetic person: no real face is ever used. The drawing is
 * seeded by the persona name, so a persona's photo is the same in every run.
 */
public final class SyntheticPortrait {

    public static final int WIDTH = 240;
    public static final int HEIGHT = 320;

    private SyntheticPortrait() {}

    public static CardProfile.Photo render(String seed) {
        Random random = new Random(seed.hashCode());
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(235, 240, 245)); // plain light background, as ID photos require
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Color skin = new Color(200 + random.nextInt(40), 160 + random.nextInt(40), 120 + random.nextInt(40));
            g.setColor(new Color(40, 40, 60)); // shoulders
            g.fillOval(20, 250, 200, 160);
            g.setColor(skin);
            g.fillRect(100, 210, 40, 50); // neck
            g.fillOval(60, 70, 120, 160); // face
            g.setColor(new Color(20 + random.nextInt(30), 15, 10)); // hair
            g.fillArc(55, 55, 130, 90, 0, 180);
            g.setColor(Color.WHITE);
            g.fillOval(85, 125, 26, 14);
            g.fillOval(129, 125, 26, 14);
            g.setColor(new Color(30, 20, 10));
            g.fillOval(93, 127, 10, 10);
            g.fillOval(137, 127, 10, 10);
            g.setStroke(new BasicStroke(3));
            g.setColor(skin.darker());
            g.drawLine(120, 140, 114, 175); // nose
            g.drawLine(114, 175, 124, 176);
            g.setColor(new Color(150, 70, 70));
            g.drawArc(97, 180, 46, 22, 200, 140); // mouth
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CardProfile.Photo(out.toByteArray(), WIDTH, HEIGHT);
    }
}
