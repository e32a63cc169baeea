package io.askdb.sample;

import java.util.List;
import java.util.Map;

/**
 * Product descriptions in the six cultures of SalesLT (en, ar, fr, th, he, zh-cht) and the XML
 * catalogue description some bike models carry. English and French have sentences per top-level
 * category; the other cultures one sentence per kind of product.
 */
final class ProductText {

    static final List<String> CULTURES = List.of("en", "ar", "fr", "th", "he", "zh-cht");

    private static final Map<String, List<String>> ENGLISH = Map.of(
            "Bikes", List.of(
                    "Our top-of-the-line competition bike, built for speed on any terrain.",
                    "A true multi-sport bike that offers streamlined riding and a revolutionary design.",
                    "Suitable for any type of riding, on or off-road.",
                    "Entry level adult bike; offers a comfortable ride cross-country or down the block.",
                    "Travel in style and comfort. Designed for maximum comfort and safety.",
                    "Value-priced bike with many features of our top-of-the-line models.",
                    "A light-weight frame and quick-shifting gears make this a favourite of weekend riders.",
                    "Quick-release hubs and a wide gear range for long days in the saddle."),
            "Frames", List.of(
                    "Our lightest and best quality aluminum frame, welded and heat-treated for strength.",
                    "Each frame is hand-crafted to the optimum diameter and wall thickness of a premium bike.",
                    "The heat-treated aluminum frame gives a lighter, stiffer ride.",
                    "A sturdy frame for the recreational rider, with a comfortable upright geometry.",
                    "Made from the same aluminum alloy as our top-of-the-line frame, at a friendlier price."),
            "Components", List.of(
                    "Aluminum alloy cups; large diameter spindle.",
                    "Stout design absorbs shock and offers more precise steering.",
                    "Wide-link design for smooth, quiet shifting.",
                    "High-strength crank arm made of forged steel.",
                    "Lightweight and durable, with sealed bearings for a long life.",
                    "Replacement part that fits most road and mountain bikes.",
                    "Precision-machined for a perfect fit and consistent performance."),
            "Clothing", List.of(
                    "Lightweight, wind-resistant, packs to fit into a pocket.",
                    "Synthetic palm, flexible knuckles, breathable mesh upper.",
                    "A blend of natural and synthetic fibers stays dry and gives just the right cushioning.",
                    "Moisture-wicking fabric keeps you cool on long rides.",
                    "Form-fitting cut with reflective piping for visibility at dusk.",
                    "A comfortable cut and a soft chamois for hours in the saddle."),
            "Accessories", List.of(
                    "Universal fit, well-vented, lightweight, snap-on visor.",
                    "Carries your bikes securely; steel construction fits a standard receiver hitch.",
                    "All-occasion value bottle; no-drip valve.",
                    "Non-toxic; cleans chains, gears and frames quickly.",
                    "Bright, long-lasting light for riding after dark.",
                    "Compact pump that fits in any pack.",
                    "Durable nylon keeps your gear dry in any weather."));

    private static final Map<String, List<String>> FRENCH = Map.of(
            "Bikes", List.of(
                    "Vélo de compétition haut de gamme, conçu pour la vitesse sur tous les terrains.",
                    "Convient à tous les types de conduite, sur route ou hors route.",
                    "Vélo d'entrée de gamme offrant une conduite confortable en ville comme à la campagne.",
                    "Voyagez avec style et confort grâce à une conception ergonomique.",
                    "Cadre léger et changements de vitesse rapides pour les cyclistes du week-end."),
            "Frames", List.of(
                    "Notre cadre en aluminium le plus léger, soudé et traité thermiquement pour plus de résistance.",
                    "Chaque cadre est fabriqué à la main selon le diamètre et l'épaisseur optimaux.",
                    "Le cadre en aluminium traité thermiquement offre une conduite plus légère et plus rigide."),
            "Components", List.of(
                    "Cuvettes en alliage d'aluminium ; axe de grand diamètre.",
                    "Conception robuste qui absorbe les chocs et offre une direction plus précise.",
                    "Pièce de rechange compatible avec la plupart des vélos de route et VTT.",
                    "Léger et durable, avec roulements étanches pour une longue durée de vie."),
            "Clothing", List.of(
                    "Léger, coupe-vent, se range dans une poche.",
                    "Paume synthétique, articulations flexibles, dessus en mailles aérées.",
                    "Tissu respirant qui vous garde au frais pendant les longues sorties.",
                    "Coupe confortable et peau de chamois souple."),
            "Accessories", List.of(
                    "Taille universelle, bien aéré, léger, visière amovible.",
                    "Bidon économique pour toutes les occasions ; valve anti-goutte.",
                    "Éclairage puissant et durable pour rouler la nuit.",
                    "Pompe compacte qui tient dans n'importe quel sac."));

    /** Per culture: a bike, a frame, a component, a piece of clothing, an accessory. */
    private static final Map<String, List<String>> OTHERS = Map.of(
            "ar", List.of(
                    "دراجة خفيفة الوزن مصممة للسرعة والراحة.",
                    "إطار من الألومنيوم المعالج حرارياً لقوة أكبر.",
                    "قطعة غيار متينة تناسب معظم الدراجات.",
                    "ملابس خفيفة تسمح بمرور الهواء أثناء الرحلات الطويلة.",
                    "ملحق عملي لكل راكب دراجة."),
            "th", List.of(
                    "จักรยานน้ำหนักเบาออกแบบมาเพื่อความเร็วและความสบาย",
                    "เฟรมอะลูมิเนียมผ่านความร้อนเพื่อความแข็งแรง",
                    "อะไหล่ทนทานใช้ได้กับจักรยานส่วนใหญ่",
                    "เสื้อผ้าน้ำหนักเบาระบายอากาศได้ดีสำหรับการขี่ระยะไกล",
                    "อุปกรณ์เสริมที่มีประโยชน์สำหรับนักปั่นทุกคน"),
            "he", List.of(
                    "אופניים קלים שתוכננו למהירות ולנוחות.",
                    "שלדת אלומיניום מחוסמת לחוזק רב יותר.",
                    "חלק חילוף עמיד המתאים לרוב האופניים.",
                    "בגד קל ונושם לרכיבות ארוכות.",
                    "אביזר שימושי לכל רוכב."),
            "zh-cht", List.of(
                    "輕量化自行車，兼顧速度與舒適。",
                    "經熱處理的鋁合金車架，更加堅固。",
                    "耐用的替換零件，適用於大多數自行車。",
                    "輕盈透氣的服裝，適合長途騎乘。",
                    "每位車友都實用的配件。"));

    private static final List<String> KINDS = List.of("Bikes", "Frames", "Components", "Clothing", "Accessories");

    private ProductText() {}

    /** The kind of product a line sells, for choosing sentences: frames are told apart from other components. */
    static String kind(ProductLine line) {
        return line.photo().equals("frame") ? "Frames" : line.parent();
    }

    /** One description of a model of this kind in this culture: one or two sentences in English and French. */
    static String description(Dice dice, String kind, String culture) {
        return switch (culture) {
            case "en" -> sentences(dice, ENGLISH.get(kind));
            case "fr" -> sentences(dice, FRENCH.get(kind));
            default -> OTHERS.get(culture).get(KINDS.indexOf(kind));
        };
    }

    private static String sentences(Dice dice, List<String> pool) {
        String first = dice.pick(pool);
        if (!dice.chance(0.4)) {
            return first;
        }
        String second = dice.pick(pool);
        return second.equals(first) ? first : first + " " + second;
    }

    /** A catalogue description in the spirit of AdventureWorks' ProductDescription XML. */
    static String catalogXml(int modelId, String modelName, String summary, int warrantyYears, String material) {
        return "<?xml-stylesheet href=\"ProductDescription.xsl\" type=\"text/xsl\"?>"
                + "<ProductDescription ProductModelID=\"" + modelId + "\" ProductModelName=\"" + modelName + "\">"
                + "<Summary>" + summary + "</Summary>"
                + "<Manufacturer><Name>AdventureWorks</Name><Copyright>2002</Copyright>"
                + "<ProductURL>HTTP://www.Adventure-works.com</ProductURL></Manufacturer>"
                + "<Features><Warranty><WarrantyPeriod>" + warrantyYears + " years</WarrantyPeriod>"
                + "<Description>parts and labor</Description></Warranty>"
                + "<Material>" + material + "</Material></Features>"
                + "</ProductDescription>";
    }
}
