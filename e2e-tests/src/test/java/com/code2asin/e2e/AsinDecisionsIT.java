package com.code2asin.e2e;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.Topics;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person choosing another candidate for a code is {@code asin.changed} on the decisions topic, as a plain Kafka
 * client of another platform service reads it, and an entry of the item's change log. The code is one the
 * simulator lists twice (kind DUPLICATE in its ground truth), so the lookup finds two candidates.
 */
@ExtendWith(Suite.class)
class AsinDecisionsIT {

    @Test
    void choosingAnotherCandidateIsAsinChangedOnTheDecisionsTopic() throws Exception {
        String code = given().get("http://127.0.0.1:" + Suite.SIMULATOR + "/sim/ground-truth?marketplaces=FR"
                        + "&count=3000&detail=true").then().statusCode(200).extract().asString().lines()
                .map(line -> line.split(",", 5)).filter(row -> row.length == 5 && row[3].equals("DUPLICATE"))
                .map(row -> row[0]).findFirst().orElseThrow(() -> new AssertionError("no DUPLICATE code"));
        String alice = token("alice");
        String jobs = Suite.jobApi() + "/api/v1/code2asin/jobs";
        String job = given().auth().oauth2(alice)
                .multiPart("file", "twice.csv", ("ean;product_id\n" + code + ";PIM-42\n").getBytes(), "text/csv")
                .multiPart("options", "{\"download_images\": false}").post(jobs).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(alice).post(jobs + "/" + job + "/start").then().statusCode(200);
        JsonPath result = Suite.completedResults(alice, job);
        String item = result.getString("items[0].id");
        List<String> candidates = result.getList("items[0].candidates.asin", String.class);
        assertTrue(candidates.size() >= 2, "a code listed twice has two candidates: " + candidates);

        String current = result.getString("items[0].asin");
        if (current == null) { // ambiguous: a person picks one first
            current = candidates.get(0);
            accept(alice, jobs + "/" + job + "/results/" + item, current);
        }
        String other = current.equals(candidates.get(0)) ? candidates.get(1) : candidates.get(0);
        EventTap.Event changed;
        try (EventTap tap = new EventTap(List.of(Topics.ASIN_DECISIONS))) {
            accept(alice, jobs + "/" + job + "/results/" + item, other);
            changed = tap.drain().stream().filter(e -> e.value().contains(item)).findFirst()
                    .orElseThrow(() -> new AssertionError("no decision for item " + item));
        }
        assertEquals("asin.changed", changed.header("ce_type"));
        assertEquals("acme", changed.header("ce_tenant"));
        JsonPath event = JsonPath.from(changed.value());
        assertEquals(current, event.getString("previous_asin"));
        assertEquals(other, event.getString("new_asin"));
        assertEquals("PIM-42", event.getString("product_id"));
        assertEquals(code, event.getString("code"));
        assertEquals("manual", event.getString("match_type"));
        assertEquals("alice", event.getString("actor"));

        JsonPath history = given().auth().oauth2(alice).get(jobs + "/" + job + "/results/" + item + "/history")
                .then().statusCode(200).extract().jsonPath();
        int last = history.getList("$").size() - 1;
        assertEquals("review", history.getString("[" + last + "].kind"));
        assertEquals(current, history.getString("[" + last + "].previous_asin"));
        assertEquals(other, history.getString("[" + last + "].new_asin"));
    }

    private static void accept(String token, String result, String asin) {
        given().auth().oauth2(token).contentType("application/json").body("{\"asin\": \"" + asin + "\"}")
                .post(result + "/accept").then().statusCode(200);
    }
}
