package io.askdb.sample;

import io.askdb.sample.CatalogGenerator.ProductRef;
import io.askdb.sample.CustomerGenerator.Buyer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Generates SalesLT's orders as the real sample has them: one day of reseller orders (placed
 * 2008-06-01, shipped 2008-06-08, due 2008-06-13, status 5 shipped, by CARGO TRANSPORT 5) from
 * distinct customers, with a few very large orders and many small ones, priced at 60 % of list.
 */
final class OrderGenerator {

    static final LocalDateTime ORDER_DATE = LocalDate.of(2008, 6, 1).atStartOfDay();
    static final LocalDateTime SHIP_DATE = LocalDate.of(2008, 6, 8).atStartOfDay();
    static final LocalDateTime DUE_DATE = LocalDate.of(2008, 6, 13).atStartOfDay();
    static final String SHIP_METHOD = "CARGO TRANSPORT 5";
    private static final int SHIPPED = 5;
    private static final BigDecimal RESELLER_SHARE = new BigDecimal("0.6");
    private static final BigDecimal TAX_RATE = new BigDecimal("0.08");
    private static final BigDecimal FREIGHT_RATE = new BigDecimal("0.025");

    private final SampleRows rows;

    OrderGenerator(SampleRows rows) {
        this.rows = rows;
    }

    void generate(List<Buyer> buyers, List<ProductRef> products) {
        Dice dice = new Dice("SalesOrderHeader");
        int orders = SalesLt.SALES_ORDER_HEADER.rowCount();
        List<Buyer> customers = new ArrayList<>(buyers);
        dice.shuffle(customers);
        customers = customers.subList(0, orders);
        List<ProductRef> onSale = products.stream()
                .filter(p -> p.sellEndDate() == null || p.sellEndDate().isAfter(ORDER_DATE))
                .toList();
        int[] lineCounts = lineCounts(dice, orders, SalesLt.SALES_ORDER_DETAIL.rowCount());

        Dice lineDice = new Dice("SalesOrderDetail");
        int orderId = 71774;
        int detailId = 110562;
        for (int o = 0; o < orders; o++) {
            List<ProductRef> picks = new ArrayList<>(onSale);
            lineDice.shuffle(picks);
            BigDecimal subTotal = BigDecimal.ZERO;
            for (ProductRef product : picks.subList(0, lineCounts[o])) {
                int quantity = quantity(lineDice);
                BigDecimal unitPrice = product.listPrice().multiply(RESELLER_SHARE).setScale(4, RoundingMode.HALF_UP);
                BigDecimal discount = discount(quantity);
                subTotal = subTotal.add(unitPrice.multiply(BigDecimal.ONE.subtract(discount))
                        .multiply(BigDecimal.valueOf(quantity)));
                rows.add(SalesLt.SALES_ORDER_DETAIL, orderId, detailId, quantity, product.id(), unitPrice, discount,
                        lineDice.uuid(), ORDER_DATE);
                detailId += lineDice.chance(0.05) ? lineDice.between(2, 3) : 1;
            }
            subTotal = subTotal.setScale(4, RoundingMode.HALF_UP);
            Buyer buyer = customers.get(o);
            rows.add(SalesLt.SALES_ORDER_HEADER, orderId, 2, ORDER_DATE, DUE_DATE, SHIP_DATE, SHIPPED, false,
                    purchaseOrderNumber(dice), String.format(Locale.ROOT, "10-4020-%06d", buyer.customerId()), buyer.customerId(),
                    buyer.shipToAddressId(), buyer.billToAddressId(), SHIP_METHOD, null, subTotal,
                    subTotal.multiply(TAX_RATE).setScale(4, RoundingMode.HALF_UP),
                    subTotal.multiply(FREIGHT_RATE).setScale(4, RoundingMode.HALF_UP), null, dice.uuid(), SHIP_DATE);
            orderId += dice.between(1, 10);
        }
    }

    /** At least one line per order; the rest go to orders in proportion to heavy-tailed weights. */
    private static int[] lineCounts(Dice dice, int orders, int lines) {
        double[] weights = new double[orders];
        double total = 0;
        for (int i = 0; i < orders; i++) {
            weights[i] = Math.exp(dice.between(0.0, 3.5));
            total += weights[i];
        }
        int[] counts = new int[orders];
        Arrays.fill(counts, 1);
        for (int i = orders; i < lines; i++) {
            double target = dice.between(0.0, total);
            int o = 0;
            while (o < orders - 1 && target >= weights[o]) {
                target -= weights[o++];
            }
            counts[o]++;
        }
        return counts;
    }

    private static int quantity(Dice dice) {
        double r = dice.between(0.0, 1.0);
        if (r < 0.45) {
            return 1;
        }
        if (r < 0.75) {
            return dice.between(2, 4);
        }
        return r < 0.93 ? dice.between(5, 10) : dice.between(11, 25);
    }

    /** Volume discounts for large quantities, as resellers get them. */
    private static BigDecimal discount(int quantity) {
        if (quantity >= 20) {
            return new BigDecimal("0.1000");
        }
        if (quantity >= 15) {
            return new BigDecimal("0.0500");
        }
        return quantity >= 11 ? new BigDecimal("0.0200") : new BigDecimal("0.0000");
    }

    private static String purchaseOrderNumber(Dice dice) {
        StringBuilder sb = new StringBuilder("PO").append(dice.between(1, 9));
        int digits = dice.between(8, 10);
        for (int i = 0; i < digits; i++) {
            sb.append(dice.between(0, 9));
        }
        return sb.toString();
    }
}
