package io.askdb.sample;

import io.askdb.sample.Vocabulary.Place;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Generates the customer side of SalesLT: contacts at bike shops, their addresses in the United
 * States, Canada and the United Kingdom, and the links between them (most with a main office, a few
 * with a separate shipping address, many with none).
 */
final class CustomerGenerator {

    /** A customer with an address, as the order generator needs it. */
    record Buyer(int customerId, int billToAddressId, int shipToAddressId) {}

    private static final int COMPANIES = 430;
    private static final Pattern NOT_ASCII_LETTER = Pattern.compile("[^A-Za-z]");
    private static final int SHIPPING_ADDRESSES = 10;

    private final SampleRows rows;

    CustomerGenerator(SampleRows rows) {
        this.rows = rows;
    }

    /** Customers that have a main office, in customer-id order. */
    List<Buyer> generate() {
        List<Integer> customerIds = ids(new Dice("CustomerID"), 1, SalesLt.CUSTOMER.rowCount());
        List<Integer> addressIds = ids(new Dice("AddressID"), 9, SalesLt.ADDRESS.rowCount());
        Map<Integer, Place> places = addresses(addressIds, new Dice("Address"));
        Dice dice = new Dice("CustomerAddress");
        int withAddress = SalesLt.CUSTOMER_ADDRESS.rowCount() - SHIPPING_ADDRESSES;
        List<Integer> customersWithAddress = new ArrayList<>(customerIds);
        dice.shuffle(customersWithAddress);
        customersWithAddress = new ArrayList<>(customersWithAddress.subList(0, withAddress));
        customersWithAddress.sort(null);
        List<Integer> freeAddresses = new ArrayList<>(addressIds);
        dice.shuffle(freeAddresses);

        List<Integer> drawn = new ArrayList<>(customersWithAddress);
        dice.shuffle(drawn);
        Set<Integer> shipSeparately = new HashSet<>(drawn.subList(0, SHIPPING_ADDRESSES));
        int nextFree = withAddress;

        Map<Integer, Place> customerPlace = new HashMap<>();
        List<Buyer> buyers = new ArrayList<>();
        for (int i = 0; i < customersWithAddress.size(); i++) {
            int customerId = customersWithAddress.get(i);
            int main = freeAddresses.get(i);
            int ship = main;
            rows.add(SalesLt.CUSTOMER_ADDRESS, customerId, main, "Main Office", dice.uuid(), monthIn(dice));
            if (shipSeparately.contains(customerId)) {
                ship = freeAddresses.get(nextFree++);
                rows.add(SalesLt.CUSTOMER_ADDRESS, customerId, ship, "Shipping", dice.uuid(), monthIn(dice));
            }
            customerPlace.put(customerId, places.get(main));
            buyers.add(new Buyer(customerId, main, ship));
        }
        customers(customerIds, customerPlace, new Dice("Customer"));
        return buyers;
    }

    /** Ascending ids from start, with the occasional gap left by deleted rows. */
    private static List<Integer> ids(Dice dice, int start, int count) {
        List<Integer> ids = new ArrayList<>(count);
        int id = start;
        for (int i = 0; i < count; i++) {
            ids.add(id);
            id += dice.chance(0.2) ? dice.between(2, 4) : 1;
        }
        return ids;
    }

    private static LocalDateTime monthIn(Dice dice) {
        return dice.firstOfMonth(LocalDate.of(2005, 7, 1), LocalDate.of(2008, 6, 1));
    }

    private Map<Integer, Place> addresses(List<Integer> addressIds, Dice dice) {
        Map<Integer, Place> places = new HashMap<>();
        for (int id : addressIds) {
            double country = dice.between(0.0, 1.0);
            Place place = dice.pick(country < 0.7 ? Vocabulary.US_PLACES
                    : country < 0.88 ? Vocabulary.CANADA_PLACES : Vocabulary.UK_PLACES);
            String line1 = dice.between(1, 9_999) + " " + dice.pick(Vocabulary.STREETS) + " "
                    + dice.pick(Vocabulary.STREET_KINDS);
            String line2 = dice.chance(0.06) ? dice.pick(List.of(
                    "Suite " + dice.between(100, 999), "P.O. Box " + dice.between(1_000, 9_999),
                    "Unit " + dice.between(1, 40), "Floor " + dice.between(2, 20))) : null;
            rows.add(SalesLt.ADDRESS, id, line1, line2, place.city(), place.stateProvince(), place.countryRegion(),
                    postalCode(dice, place), dice.uuid(), dice.firstOfMonth(LocalDate.of(2005, 6, 1),
                            LocalDate.of(2008, 6, 1)));
            places.put(id, place);
        }
        return places;
    }

    private static String postalCode(Dice dice, Place place) {
        String letters = "ABCEGHJKLMNPRSTVWXYZ";
        return switch (place.countryRegion()) {
            case "United States" -> place.postalPrefix() + String.format(Locale.ROOT, "%02d", dice.between(1, 99));
            case "Canada" -> place.postalPrefix() + " " + dice.between(1, 9) + letters.charAt(dice.between(0, 19))
                    + dice.between(0, 9);
            default -> place.postalPrefix() + " " + dice.between(1, 9) + letters.charAt(dice.between(0, 19))
                    + letters.charAt(dice.between(0, 19));
        };
    }

    private void customers(List<Integer> ids, Map<Integer, Place> customerPlace, Dice dice) {
        Map<String, String> companies = companies(dice);
        List<String> companyNames = new ArrayList<>(companies.keySet());
        Map<String, Integer> emailCounters = new HashMap<>();
        Base64.Encoder base64 = Base64.getEncoder();
        for (int id : ids) {
            boolean male = dice.chance(0.5);
            String first = dice.pick(male ? Vocabulary.MALE_NAMES : Vocabulary.FEMALE_NAMES);
            String title = dice.chance(0.02) ? null
                    : male ? (dice.chance(0.9) ? "Mr." : "Sr.") : (dice.chance(0.88) ? "Ms." : "Sra.");
            String middle = dice.chance(0.45) ? (char) ('A' + dice.between(0, 25)) + "." : null;
            String last = dice.pick(Vocabulary.LAST_NAMES);
            String suffix = dice.chance(0.015) ? dice.pick(Vocabulary.SUFFIXES) : null;
            String company = id == 1 ? "A Bike Store" : dice.pick(companyNames);
            String login = ascii(first);
            int n = emailCounters.merge(login, 1, Integer::sum) - 1;
            String email = login + n + "@adventure-works.com";
            Place place = customerPlace.get(id);
            String phone = place != null && place.countryRegion().equals("United Kingdom")
                    ? "1 (11) 500 555-0" + dice.between(110, 199)
                    : dice.between(110, 989) + "-555-0" + dice.between(100, 199);
            rows.add(SalesLt.CUSTOMER, id, false, title, first, middle, last, suffix, company, companies.get(company),
                    email, phone, base64.encodeToString(dice.bytes(32)), base64.encodeToString(dice.bytes(4)),
                    dice.uuid(), monthIn(dice));
        }
    }

    /** Distinct bike-shop names, each looked after by one sales person. */
    private static Map<String, String> companies(Dice dice) {
        Set<String> names = new LinkedHashSet<>();
        names.add("A Bike Store");
        while (names.size() < COMPANIES) {
            names.add(dice.pick(Vocabulary.COMPANY_WORDS) + " " + dice.pick(Vocabulary.COMPANY_KINDS));
        }
        Map<String, String> companies = new LinkedHashMap<>();
        for (String name : names) {
            companies.put(name, dice.pick(Vocabulary.SALES_PEOPLE));
        }
        return companies;
    }

    /** "José" → "jose": e-mail local parts are plain ASCII. */
    private static String ascii(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return NOT_ASCII_LETTER.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
