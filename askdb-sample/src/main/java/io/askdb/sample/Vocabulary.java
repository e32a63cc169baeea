package io.askdb.sample;

import java.util.List;

/**
 * Word lists the generators draw from: people, bike-shop companies, streets and places in the
 * United States, Canada and the United Kingdom, as in the real sample's customer base.
 */
final class Vocabulary {

    static final List<String> MALE_NAMES = List.of(
            "Aaron", "Adam", "Alan", "Alexander", "Andrew", "Anthony", "Ben", "Brian", "Carlos", "Charles",
            "Christopher", "Daniel", "David", "Dennis", "Derek", "Donald", "Douglas", "Edward", "Eric", "Frank",
            "Gary", "George", "Gregory", "Harold", "Henry", "Ian", "Jack", "James", "Jason", "Jeffrey", "John",
            "Jonathan", "Jorge", "José", "Joseph", "Keith", "Kevin", "Larry", "Luis", "Mark", "Martin",
            "Matthew", "Michael", "Nicholas", "Orlando", "Patrick", "Paul", "Peter", "Philip", "Raymond",
            "Richard", "Robert", "Roger", "Ryan", "Samuel", "Scott", "Sean", "Stephen", "Thomas", "Timothy",
            "Vincent", "Walter", "William");

    static final List<String> FEMALE_NAMES = List.of(
            "Abigail", "Alice", "Amanda", "Amy", "Andrea", "Angela", "Anna", "Barbara", "Betty", "Brenda",
            "Carol", "Catherine", "Christina", "Cynthia", "Deborah", "Diana", "Donna", "Dorothy", "Elizabeth",
            "Emily", "Frances", "Gail", "Helen", "Jane", "Janet", "Janice", "Jennifer", "Jessica", "Joan",
            "Julia", "Karen", "Katherine", "Kathleen", "Laura", "Linda", "Lisa", "Lori", "Margaret", "Maria",
            "Marie", "Mary", "Megan", "Melissa", "Michelle", "Monica", "Nancy", "Nicole", "Pamela", "Patricia",
            "Rachel", "Rebecca", "Rosa", "Ruth", "Sandra", "Sarah", "Sharon", "Stephanie", "Susan", "Teresa",
            "Valerie", "Virginia", "Wendy", "Yvonne");

    static final List<String> LAST_NAMES = List.of(
            "Adams", "Alexander", "Allen", "Alvarez", "Anderson", "Bailey", "Baker", "Barnes", "Bell", "Bennett",
            "Brooks", "Brown", "Bryant", "Butler", "Campbell", "Carter", "Castro", "Chen", "Clark", "Coleman",
            "Collins", "Cook", "Cooper", "Cox", "Cruz", "Davis", "Diaz", "Edwards", "Evans", "Fisher", "Flores",
            "Ford", "Foster", "Garcia", "Gibson", "Gomez", "Gonzalez", "Gordon", "Graham", "Gray", "Green",
            "Griffin", "Hall", "Hamilton", "Harris", "Hayes", "Henderson", "Hernandez", "Hill", "Holmes",
            "Howard", "Hughes", "Jackson", "James", "Jenkins", "Johnson", "Jones", "Jordan", "Kelly", "Kennedy",
            "Kim", "King", "Lee", "Lewis", "Li", "Long", "Lopez", "Marshall", "Martin", "Martinez", "Mason",
            "Mendoza", "Miller", "Mitchell", "Moore", "Morales", "Morgan", "Morris", "Murphy", "Murray", "Myers",
            "Nelson", "Nguyen", "Ortiz", "Owens", "Parker", "Patel", "Perez", "Perry", "Peterson", "Phillips",
            "Powell", "Price", "Ramirez", "Reed", "Reyes", "Richardson", "Rivera", "Roberts", "Robinson",
            "Rodriguez", "Rogers", "Ross", "Russell", "Sanchez", "Sanders", "Scott", "Shaw", "Simmons", "Smith",
            "Stewart", "Sullivan", "Taylor", "Thomas", "Thompson", "Torres", "Turner", "Walker", "Wallace",
            "Wang", "Ward", "Washington", "Watson", "West", "White", "Williams", "Wilson", "Wood", "Wright",
            "Yang", "Young", "Zhang");

    static final List<String> SUFFIXES = List.of("Jr.", "Sr.", "II", "III", "IV", "PhD");

    static final List<String> COMPANY_WORDS = List.of(
            "Action", "Active", "Advanced", "Affordable", "Alpine", "Associated", "Bay", "Best", "Big",
            "Budget", "Central", "Certified", "Championship", "City", "Classic", "Coastal", "Commuter",
            "Community", "Country", "Custom", "Downhill", "Downtown", "Eastside", "Elite", "Express", "Family",
            "Famous", "First", "Friendly", "Frontier", "Global", "Golden", "Good", "Grand", "Great", "Greenway",
            "Highway", "Hilltop", "Honest", "Instant", "Lakeside", "Local", "Metro", "Metropolitan", "Modular",
            "Mountain", "National", "Neighborhood", "Northern", "Outdoor", "Pacific", "Pedal", "Premier",
            "Professional", "Progressive", "Quality", "Rapid", "Regional", "Reliable", "Riverside", "Roadway",
            "Rural", "Sharp", "Southern", "Speedy", "Summit", "Sunny", "Superior", "Trailside", "Two-Wheel",
            "Ultimate", "Union", "Urban", "Valley", "Vintage", "Western", "Wholesale", "World");

    static final List<String> COMPANY_KINDS = List.of(
            "Bike Store", "Bike Shop", "Bicycle Supply", "Bicycle Company", "Bike Works", "Bikes", "Cycles",
            "Cycle Shop", "Cycle Emporium", "Cycle Systems", "Cycling Goods", "Sports", "Sports Supply",
            "Sporting Goods", "Sport Shop", "Outfitters", "Wheels", "Parts Company", "Parts and Accessories",
            "Riding Supplies", "Exercise Company", "Discount Store", "Rental Company", "Department Store",
            "Toy Store", "Bike Company", "Distributors", "Warehouse", "Traders", "Equipment");

    /** Account names of the sales people, as Windows log-ins of the adventure-works domain. */
    static final List<String> SALES_PEOPLE = List.of(
            "adventure-works\\pamela0", "adventure-works\\david8", "adventure-works\\jillian0",
            "adventure-works\\josé1", "adventure-works\\garrett1", "adventure-works\\linda3",
            "adventure-works\\shu0", "adventure-works\\jae0", "adventure-works\\michael9");

    static final List<String> STREETS = List.of(
            "Alpine", "Ash", "Bay", "Birch", "Broadway", "Canyon", "Cedar", "Center", "Cherry", "Church",
            "Clark", "Cliff", "Creek", "Elm", "Forest", "Franklin", "Garden", "Glen", "Grand", "Green",
            "Harbor", "Hawthorne", "Highland", "Hill", "Holly", "Jefferson", "Juniper", "Lake", "Laurel",
            "Lincoln", "Madison", "Maple", "Market", "Meadow", "Mill", "Mission", "Oak", "Ocean", "Orchard",
            "Park", "Pine", "Pleasant", "Redwood", "Ridge", "River", "Rose", "Sequoia", "Sierra", "Spring",
            "Spruce", "Summit", "Sunset", "Valley", "Vista", "Walnut", "Washington", "Willow", "Yosemite");

    static final List<String> STREET_KINDS = List.of(
            "St.", "Street", "Ave.", "Avenue", "Blvd.", "Dr.", "Drive", "Ct.", "Rd.", "Road", "Way", "Lane",
            "Pl.", "Circle");

    /** A city with its state or province and the start of its postal codes. */
    record Place(String city, String stateProvince, String countryRegion, String postalPrefix) {}

    static final List<Place> US_PLACES = List.of(
            us("Bothell", "Washington", "980"), us("Seattle", "Washington", "981"), us("Redmond", "Washington", "980"),
            us("Spokane", "Washington", "992"), us("Tacoma", "Washington", "984"), us("Portland", "Oregon", "972"),
            us("Eugene", "Oregon", "974"), us("Salem", "Oregon", "973"), us("San Francisco", "California", "941"),
            us("Los Angeles", "California", "900"), us("San Diego", "California", "921"),
            us("Sacramento", "California", "958"), us("Fresno", "California", "937"),
            us("San Jose", "California", "951"), us("Oakland", "California", "946"), us("Phoenix", "Arizona", "850"),
            us("Tucson", "Arizona", "857"), us("Denver", "Colorado", "802"), us("Boulder", "Colorado", "803"),
            us("Salt Lake City", "Utah", "841"), us("Las Vegas", "Nevada", "891"), us("Dallas", "Texas", "752"),
            us("Houston", "Texas", "770"), us("Austin", "Texas", "787"), us("San Antonio", "Texas", "782"),
            us("Chicago", "Illinois", "606"), us("Detroit", "Michigan", "482"), us("Minneapolis", "Minnesota", "554"),
            us("Milwaukee", "Wisconsin", "532"), us("St. Louis", "Missouri", "631"), us("Nashville", "Tennessee", "372"),
            us("Atlanta", "Georgia", "303"), us("Miami", "Florida", "331"), us("Orlando", "Florida", "328"),
            us("Tampa", "Florida", "336"), us("Charlotte", "North Carolina", "282"), us("Richmond", "Virginia", "232"),
            us("Baltimore", "Maryland", "212"), us("Philadelphia", "Pennsylvania", "191"),
            us("Pittsburgh", "Pennsylvania", "152"), us("New York", "New York", "100"),
            us("Rochester", "New York", "146"), us("Boston", "Massachusetts", "021"),
            us("Hartford", "Connecticut", "061"), us("Cleveland", "Ohio", "441"), us("Columbus", "Ohio", "432"),
            us("Indianapolis", "Indiana", "462"), us("Kansas City", "Missouri", "641"), us("Omaha", "Nebraska", "681"),
            us("Albuquerque", "New Mexico", "871"), us("Boise", "Idaho", "837"), us("Billings", "Montana", "591"),
            us("Anchorage", "Alaska", "995"), us("Honolulu", "Hawaii", "968"));

    static final List<Place> CANADA_PLACES = List.of(
            ca("Toronto", "Ontario", "M4B"), ca("Ottawa", "Ontario", "K1P"), ca("Mississauga", "Ontario", "L5B"),
            ca("London", "Ontario", "N6A"), ca("Montreal", "Quebec", "H2Y"), ca("Quebec", "Quebec", "G1R"),
            ca("Vancouver", "British Columbia", "V6B"), ca("Victoria", "British Columbia", "V8W"),
            ca("Burnaby", "British Columbia", "V5H"), ca("Calgary", "Alberta", "T2P"),
            ca("Edmonton", "Alberta", "T5J"), ca("Winnipeg", "Manitoba", "R3C"),
            ca("Regina", "Saskatchewan", "S4P"), ca("Halifax", "Nova Scotia", "B3H"));

    static final List<Place> UK_PLACES = List.of(
            uk("London", "England", "SW8"), uk("London", "England", "EC1"), uk("Oxford", "England", "OX1"),
            uk("Cambridge", "England", "CB4"), uk("Bristol", "England", "BS1"), uk("Birmingham", "England", "B29"),
            uk("Manchester", "England", "M14"), uk("Liverpool", "England", "L4"), uk("Leeds", "England", "LS8"),
            uk("York", "England", "YO15"), uk("Reading", "England", "RG7"), uk("Gloucestershire", "England", "GL7"));

    private Vocabulary() {}

    private static Place us(String city, String state, String zip) {
        return new Place(city, state, "United States", zip);
    }

    private static Place ca(String city, String province, String fsa) {
        return new Place(city, province, "Canada", fsa);
    }

    private static Place uk(String city, String country, String outward) {
        return new Place(city, country, "United Kingdom", outward);
    }
}
