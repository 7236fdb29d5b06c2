package com.code2asin.simulator.stats;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test support, no authentication: read and reset the request counters. */
@Path("/sim/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final Stats stats;

    public StatsResource(Stats stats) {
        this.stats = stats;
    }

    @GET
    public StatsView get() {
        return stats.view();
    }

    @POST
    @Path("/reset")
    public void reset() {
        stats.reset();
    }
}
