-- A job asks for each candidate's offers (SP-API Product Pricing) unless told not to; jobs created before did not.
ALTER TABLE job ADD COLUMN with_prices boolean NOT NULL DEFAULT false;
-- The chosen candidate's offer summary (Buy Box and lowest new price, offer count, fulfilment, Prime), as JSON.
ALTER TABLE job_item ADD COLUMN offer text;
