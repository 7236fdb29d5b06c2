package com.code2asin.simulator.catalog;

import java.util.List;

/**
 * A browse node with its two ancestors, the product type and display group it belongs to, and the nouns and
 * sizes titles in it use.
 */
public record Category(String productType, String displayGroup, String displayGroupName, Node node, Node parent,
                       Node root, List<String> nouns, List<String> sizes) {

    public record Node(String displayName, String classificationId) {
    }

    static final List<Category> ALL = List.of(
            of("HEADPHONES", "ce_display_on_website", "Electronics", "Over-Ear Headphones", "12097479011",
                    "Headphones", "172541", "Electronics", "172282",
                    List.of("Wireless Headphones", "Noise Cancelling Headphones", "Studio Headphones"), List.of()),
            of("PORTABLE_ELECTRONIC_DEVICE_STAND", "wireless_display_on_website", "Wireless", "Phone Stands",
                    "7073960011", "Accessories", "2407755011", "Cell Phones & Accessories", "2335752011",
                    List.of("Phone Stand", "Tablet Holder", "Car Phone Mount"), List.of()),
            of("KITCHEN", "kitchen_display_on_website", "Kitchen", "Coffee Grinders", "289745",
                    "Coffee, Tea & Espresso", "915194", "Kitchen & Dining", "284507",
                    List.of("Burr Coffee Grinder", "Milk Frother", "Pour-Over Kettle"), List.of("0.5 L", "1 L", "1.7 L")),
            of("COOKWARE", "kitchen_display_on_website", "Kitchen", "Frying Pans", "289827",
                    "Cookware", "289814", "Kitchen & Dining", "284507",
                    List.of("Non-Stick Frying Pan", "Cast Iron Skillet", "Saucepan with Lid"), List.of("20 cm", "24 cm", "28 cm")),
            of("TOY_FIGURE", "toy_display_on_website", "Toy", "Building Sets", "166092011",
                    "Building Toys", "166057011", "Toys & Games", "165793011",
                    List.of("Building Blocks Set", "Marble Run Kit", "Wooden Train Set"), List.of("120 Pieces", "250 Pieces")),
            of("SHOES", "shoes_display_on_website", "Shoes", "Running Shoes", "679286011",
                    "Athletic", "679255011", "Clothing, Shoes & Jewelry", "7141123011",
                    List.of("Running Shoes", "Trail Sneakers", "Walking Shoes"), List.of("EU 40", "EU 42", "EU 44", "EU 46")),
            of("BEAUTY", "beauty_display_on_website", "Beauty", "Face Moisturizers", "11060711",
                    "Skin Care", "11060451", "Beauty & Personal Care", "3760911",
                    List.of("Hydrating Face Cream", "Vitamin C Serum", "Gentle Cleansing Gel"), List.of("30 ml", "50 ml", "100 ml")),
            of("HAND_TOOL", "home_improvement_display_on_website", "Home Improvement", "Screwdrivers", "553278",
                    "Hand Tools", "551238", "Tools & Home Improvement", "228013",
                    List.of("Precision Screwdriver Set", "Ratchet Wrench Set", "Cordless Drill Driver"), List.of()),
            of("PET_SUPPLIES", "pet_products_display_on_website", "Pet Products", "Dog Toys", "2975413011",
                    "Dogs", "2975312011", "Pet Supplies", "2619533011",
                    List.of("Chew Toy for Dogs", "Cat Scratching Post", "Pet Grooming Brush"), List.of("S", "M", "L")),
            of("SPORTING_GOODS", "sports_display_on_website", "Sports", "Yoga Mats", "3407731",
                    "Yoga", "3407711", "Sports & Outdoors", "3375251",
                    List.of("Yoga Mat", "Resistance Bands Set", "Insulated Water Bottle"), List.of("Standard", "Large")));

    private static Category of(String productType, String group, String groupName, String node, String nodeId,
                               String parent, String parentId, String root, String rootId, List<String> nouns,
                               List<String> sizes) {
        return new Category(productType, group, groupName, new Node(node, nodeId), new Node(parent, parentId),
                new Node(root, rootId), nouns, sizes);
    }
}
