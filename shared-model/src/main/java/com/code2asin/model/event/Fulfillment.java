package com.code2asin.model.event;

/** Who ships an offer: Amazon (FBA, "Fulfilled by Amazon") or the seller (FBM, "Fulfilled by Merchant"). */
public enum Fulfillment { FBA, FBM }
