package com.code2asin.lookup.provider.spapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code2asin.lookup.domain.Offer;
import com.code2asin.model.event.Fulfillment;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** getItemOffers payloads as Amazon writes them, mapped to the price shown and its summary. */
class ItemOffersMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBuyBoxLandedPriceIsThePriceAndItsWinnerSaysWhoFulfils() throws Exception {
        Offer offer = map("""
                {"ASIN":"B0TEST0001","status":"Success","Summary":{"TotalOfferCount":3,
                 "LowestPrices":[{"condition":"new","fulfillmentChannel":"Merchant",
                   "LandedPrice":{"CurrencyCode":"EUR","Amount":17.49},"ListingPrice":{"CurrencyCode":"EUR","Amount":14.50}},
                  {"condition":"used","fulfillmentChannel":"Merchant","LandedPrice":{"CurrencyCode":"EUR","Amount":3.00}}],
                 "BuyBoxPrices":[{"condition":"New","LandedPrice":{"CurrencyCode":"EUR","Amount":18.99},
                   "ListingPrice":{"CurrencyCode":"EUR","Amount":18.99}}]},
                 "Offers":[{"SubCondition":"new","IsFulfilledByAmazon":false,"IsBuyBoxWinner":false,
                   "ListingPrice":{"CurrencyCode":"EUR","Amount":14.50},"Shipping":{"CurrencyCode":"EUR","Amount":2.99}},
                  {"SubCondition":"new","IsFulfilledByAmazon":true,"IsBuyBoxWinner":true,
                   "PrimeInformation":{"IsPrime":true},"ShippingTime":{"availabilityType":"NOW"},
                   "ListingPrice":{"CurrencyCode":"EUR","Amount":18.99},"Shipping":{"CurrencyCode":"EUR","Amount":0}}]}""");
        assertEquals(new BigDecimal("18.99"), offer.price());
        assertEquals("EUR", offer.currency());
        assertEquals(new BigDecimal("17.49"), offer.summary().lowestNewPrice(), "used offers are not new ones");
        assertEquals(3, offer.summary().offerCount());
        assertEquals(Fulfillment.FBA, offer.summary().fulfillment());
        assertEquals(true, offer.summary().prime());
        assertEquals("NOW", offer.summary().availability());
    }

    @Test
    void withoutABuyBoxTheCheapestNewOfferIsShown() throws Exception {
        Offer offer = map("""
                {"ASIN":"B0TEST0002","status":"Success","Summary":{"TotalOfferCount":2,
                 "LowestPrices":[{"condition":"new","fulfillmentChannel":"Merchant",
                   "LandedPrice":{"CurrencyCode":"GBP","Amount":9.98}}]},
                 "Offers":[{"IsFulfilledByAmazon":false,"ListingPrice":{"CurrencyCode":"GBP","Amount":12.00}},
                  {"IsFulfilledByAmazon":false,"ShippingTime":{"availabilityType":"FUTURE_WITHOUT_DATE"},
                   "ListingPrice":{"CurrencyCode":"GBP","Amount":7.99},"Shipping":{"CurrencyCode":"GBP","Amount":1.99}}]}""");
        assertNull(offer.summary().buyBoxPrice());
        assertEquals(new BigDecimal("9.98"), offer.price());
        assertEquals("GBP", offer.currency());
        assertEquals(Fulfillment.FBM, offer.summary().fulfillment());
        assertEquals("FUTURE_WITHOUT_DATE", offer.summary().availability(), "the cheapest offer's");
    }

    @Test
    void noBuyableOfferHasNoPriceAndCountsNone() throws Exception {
        Offer offer = map("""
                {"ASIN":"B0TEST0003","status":"NoBuyableOffers","Summary":{"TotalOfferCount":0},"Offers":[]}""");
        assertNull(offer.price());
        assertNull(offer.currency());
        assertEquals(0, offer.summary().offerCount());
        assertNull(offer.summary().fulfillment());
    }

    private static Offer map(String payload) throws Exception {
        return ItemOffersMapper.toOffer(JSON.readValue(payload, ItemOffersBatch.Payload.class));
    }
}
