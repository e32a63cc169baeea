package io.askdb.sample;

import java.util.List;

/** The catalogue: four top-level categories and their 37 subcategories, with 128 product models. */
final class ProductLines {

    static final List<String> TOP_LEVEL = List.of("Bikes", "Components", "Clothing", "Accessories");

    private static final List<String> NONE = List.of();
    private static final List<String> MOUNTAIN_SIZES = List.of("38", "40", "42", "44", "46", "48");
    private static final List<String> ROAD_SIZES = List.of("44", "48", "52", "56", "58", "60", "62");
    private static final List<String> TOURING_SIZES = List.of("46", "50", "54", "58", "62");
    private static final List<String> CLOTHES = List.of("S", "M", "L", "XL");

    /** In subcategory-id order: Bikes' children first, then Components', Clothing's, Accessories'. */
    static final List<ProductLine> ALL = List.of(
            bike("Mountain Bikes", 'M', List.of("Mountain-100", "Mountain-200", "Mountain-300", "Mountain-400-W",
                    "Mountain-500", "Mountain-600"), List.of("Silver", "Black"), MOUNTAIN_SIZES, 540, 3400, 23, 29),
            bike("Road Bikes", 'R', List.of("Road-150", "Road-250", "Road-350-W", "Road-450", "Road-550-W",
                    "Road-650", "Road-750", "Road-850"), List.of("Red", "Black", "Yellow"), ROAD_SIZES, 540, 3580, 15, 22),
            bike("Touring Bikes", 'T', List.of("Touring-1000", "Touring-2000", "Touring-3000"),
                    List.of("Blue", "Yellow"), TOURING_SIZES, 740, 2390, 25, 30),
            part("Handlebars", "HB", 'H', List.of("HL Mountain Handlebars", "ML Mountain Handlebars",
                    "LL Mountain Handlebars", "HL Road Handlebars", "ML Road Handlebars", "LL Road Handlebars",
                    "HL Touring Handlebars", "ML Touring Handlebars", "LL Touring Handlebars"), NONE, 40, 125, 0, 0),
            part("Bottom Brackets", "BB", 'B', List.of("HL Bottom Bracket", "ML Bottom Bracket", "LL Bottom Bracket"),
                    NONE, 50, 125, 160, 230),
            part("Brakes", "BR", 'K', List.of("Front Brakes", "Rear Brakes"), List.of("Silver"), 100, 110, 310, 320),
            part("Chains", "CH", 'C', List.of("HL Chain", "Chain"), List.of("Silver"), 20, 35, 0, 0),
            part("Cranksets", "CS", 'S', List.of("HL Crankset", "ML Crankset", "LL Crankset"), List.of("Black"),
                    175, 405, 550, 650),
            part("Derailleurs", "DR", 'D', List.of("Front Derailleur", "Rear Derailleur"), List.of("Silver"),
                    90, 125, 85, 230),
            part("Forks", "FK", 'F', List.of("HL Fork", "ML Fork", "LL Fork"), NONE, 148, 230, 0, 0),
            part("Headsets", "HS", 'E', List.of("HL Headset", "ML Headset", "LL Headset"), NONE, 35, 125, 0, 0),
            frame("Mountain Frames", 'M', List.of("HL Mountain Frame", "ML Mountain Frame", "ML Mountain Frame-W",
                    "LL Mountain Frame"), List.of("Black", "Silver"), MOUNTAIN_SIZES, 250, 1370, 1000, 1400),
            part("Pedals", "PD", 'P', List.of("HL Mountain Pedal", "ML Mountain Pedal", "LL Mountain Pedal",
                    "HL Road Pedal", "ML Road Pedal", "LL Road Pedal", "Touring Pedal"), List.of("Silver/Black"),
                    40, 80, 149, 218),
            frame("Road Frames", 'R', List.of("HL Road Frame", "ML Road Frame", "ML Road Frame-W", "LL Road Frame"),
                    List.of("Black", "Red", "Yellow"), ROAD_SIZES, 330, 1430, 900, 1300),
            part("Saddles", "SE", 'A', List.of("HL Mountain Saddle", "ML Mountain Saddle", "LL Mountain Saddle",
                    "HL Road Saddle", "ML Road Saddle", "LL Road Saddle", "HL Touring Saddle", "ML Touring Saddle",
                    "LL Touring Saddle"), NONE, 27, 53, 0, 0),
            frame("Touring Frames", 'T', List.of("HL Touring Frame", "ML Touring Frame", "LL Touring Frame"),
                    List.of("Blue", "Yellow"), TOURING_SIZES, 330, 1010, 1200, 1450),
            part("Wheels", "WH", 'W', List.of("HL Mountain Front Wheel", "ML Mountain Front Wheel",
                    "LL Mountain Front Wheel", "HL Mountain Rear Wheel", "ML Mountain Rear Wheel",
                    "LL Mountain Rear Wheel", "HL Road Front Wheel", "ML Road Front Wheel", "LL Road Front Wheel",
                    "HL Road Rear Wheel", "ML Road Rear Wheel", "LL Road Rear Wheel", "Touring Front Wheel",
                    "Touring Rear Wheel"), List.of("Black"), 60, 360, 600, 1050),
            clothing("Bib-Shorts", "SB", 'B', List.of("Men's Bib-Shorts"), List.of("Multi"), List.of("S", "M", "L"), 80, 90),
            clothing("Caps", "CA", 'C', List.of("Cycling Cap"), List.of("Multi"), NONE, 8, 9),
            clothing("Gloves", "GL", 'G', List.of("Full-Finger Gloves", "Half-Finger Gloves"), List.of("Black"),
                    List.of("S", "M", "L"), 24, 38),
            clothing("Jerseys", "JR", 'J', List.of("Long-Sleeve Logo Jersey", "Short-Sleeve Classic Jersey",
                    "Short-Sleeve Logo Jersey"), List.of("Multi"), CLOTHES, 50, 54),
            clothing("Shorts", "SH", 'S', List.of("Men's Sports Shorts", "Women's Mountain Shorts",
                    "Women's Sports Shorts"), List.of("Black"), CLOTHES, 60, 70),
            clothing("Socks", "SO", 'O', List.of("Mountain Bike Socks", "Racing Socks"), List.of("White"),
                    List.of("M", "L"), 8, 10),
            clothing("Tights", "TG", 'T', List.of("Women's Tights"), List.of("Black"), List.of("S", "M", "L"), 74, 75),
            clothing("Vests", "VE", 'V', List.of("Classic Vest"), List.of("Blue"), List.of("S", "M", "L"), 63, 64),
            accessory("Bike Racks", "RA", 'R', List.of("Hitch Rack - 4-Bike", "Hitch Rack - 2-Bike"), NONE, 100, 120),
            accessory("Bike Stands", "ST", 'S', List.of("All-Purpose Bike Stand"), NONE, 159, 160),
            accessory("Bottles and Cages", "BC", 'B', List.of("Road Bottle Cage", "Mountain Bottle Cage", "Water Bottle"),
                    NONE, 4, 10),
            accessory("Cleaners", "CL", 'C', List.of("Bike Wash"), NONE, 7, 8),
            accessory("Fenders", "FE", 'F', List.of("Fender Set - Mountain"), NONE, 21, 22),
            new ProductLine("Helmets", "Accessories", "HL", 'U', List.of("Sport-200", "Sport-100"),
                    List.of("Red", "Black", "Blue"), NONE, 34, 55, 0, 0, "helmet", false, " Helmet"),
            accessory("Hydration Packs", "HY", 'H', List.of("Hydration Pack"), List.of("Silver"), 54, 55),
            accessory("Lights", "LT", 'L', List.of("Headlights - Weatherproof", "Headlights - Dual-Beam", "Taillight"),
                    NONE, 14, 45),
            accessory("Locks", "LO", 'K', List.of("Cable Lock"), NONE, 25, 26),
            accessory("Panniers", "PA", 'P', List.of("Touring-Panniers"), List.of("Grey"), 125, 126),
            accessory("Pumps", "PU", 'M', List.of("Mountain Pump", "Minipump"), NONE, 19, 25),
            accessory("Tires and Tubes", "TI", 'T', List.of("HL Mountain Tire", "HL Road Tire", "Touring Tire",
                    "ML Mountain Tire", "ML Road Tire", "LL Mountain Tire", "LL Road Tire", "Touring Tire Tube",
                    "Mountain Tire Tube", "Road Tire Tube", "Patch Kit"), NONE, 2, 35));

    private ProductLines() {}

    private static ProductLine bike(String category, char letter, List<String> models, List<String> colors,
            List<String> sizes, double minPrice, double maxPrice, double minPounds, double maxPounds) {
        return new ProductLine(category, "Bikes", "BK", letter, models, colors, sizes, minPrice, maxPrice,
                minPounds, maxPounds, "bike", true, "");
    }

    private static ProductLine frame(String category, char letter, List<String> models, List<String> colors,
            List<String> sizes, double minPrice, double maxPrice, double minGrams, double maxGrams) {
        return new ProductLine(category, "Components", "FR", letter, models, colors, sizes, minPrice, maxPrice,
                minGrams, maxGrams, "frame", true, "");
    }

    private static ProductLine part(String category, String prefix, char letter, List<String> models,
            List<String> colors, double minPrice, double maxPrice, double minGrams, double maxGrams) {
        return new ProductLine(category, "Components", prefix, letter, models, colors, NONE, minPrice, maxPrice,
                minGrams, maxGrams, "part", false, "");
    }

    private static ProductLine clothing(String category, String prefix, char letter, List<String> models,
            List<String> colors, List<String> sizes, double minPrice, double maxPrice) {
        return new ProductLine(category, "Clothing", prefix, letter, models, colors, sizes, minPrice, maxPrice,
                0, 0, "clothing", false, "");
    }

    private static ProductLine accessory(String category, String prefix, char letter, List<String> models,
            List<String> colors, double minPrice, double maxPrice) {
        return new ProductLine(category, "Accessories", prefix, letter, models, colors, NONE, minPrice, maxPrice,
                0, 0, "accessory", false, "");
    }
}
