package com.code2asin.simulator.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/** Test and benchmark support, no authentication: read and change quotas and faults at runtime. */
@Path("/sim/config")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final Settings settings;

    public SettingsResource(Settings settings) {
        this.settings = settings;
    }

    @GET
    public SimSettings get() {
        return settings.view();
    }

    /** Changes the fields present in the body; the others keep their value. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SimSettings put(SimSettings patch) {
        if (patch == null) {
            throw new IllegalArgumentException("A JSON body is required");
        }
        return settings.update(patch);
    }

    /** Back to the configured quotas and faults. */
    @DELETE
    public SimSettings reset() {
        settings.reset();
        return settings.view();
    }

    @ServerExceptionMapper
    public Response invalid(IllegalArgumentException e) {
        return Response.status(400).type(MediaType.APPLICATION_JSON).entity(Map.of("message", e.getMessage())).build();
    }
}
