package io.askdb.sample;

import java.util.Locale;
import java.util.Map;

/** A product's thumbnail: a one-pixel GIF in the product's colour, and its file name. */
final class Thumbnail {

    private static final Map<String, int[]> RGB = Map.of(
            "Black", new int[] {0x1A, 0x1A, 0x1A},
            "Blue", new int[] {0x1F, 0x4E, 0xA8},
            "Red", new int[] {0xC0, 0x1C, 0x28},
            "Silver", new int[] {0xC0, 0xC0, 0xC0},
            "White", new int[] {0xF5, 0xF5, 0xF5},
            "Yellow", new int[] {0xF2, 0xC2, 0x1B},
            "Grey", new int[] {0x80, 0x80, 0x80},
            "Multi", new int[] {0x6A, 0x3D, 0x9A},
            "Silver/Black", new int[] {0x70, 0x70, 0x70});

    private static final int[] NO_COLOUR = {0xDD, 0xDD, 0xDD};

    private Thumbnail() {}

    /** GIF89a, 1×1, a two-entry palette whose first entry paints the pixel. */
    static byte[] gif(String color) {
        int[] rgb = color == null ? NO_COLOUR : RGB.getOrDefault(color, NO_COLOUR);
        return new byte[] {
            'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, (byte) 0x80, 0, 0,
            (byte) rgb[0], (byte) rgb[1], (byte) rgb[2], 0, 0, 0,
            0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0,
            2, 2, 0x44, 1, 0, 0x3B
        };
    }

    static String fileName(String photoStem, String color) {
        if (color == null) {
            return "no_image_available_small.gif";
        }
        return photoStem + "_" + color.toLowerCase(Locale.ROOT).replace('/', '_') + "_small.gif";
    }
}
