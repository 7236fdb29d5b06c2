package com.code2asin.simulator.images;

import com.code2asin.simulator.catalog.ImageName;
import com.code2asin.simulator.stats.Stats;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/** The image host behind the catalog's links: {@code /images/I/<key>_<w>x<h>.jpg}. */
@Path("/images/I")
public class ImageResource {

    static final String JPEG = "image/jpeg";

    private final ImageRenderer renderer;
    private final Stats stats;

    public ImageResource(ImageRenderer renderer, Stats stats) {
        this.renderer = renderer;
        this.stats = stats;
    }

    @GET
    @Path("/{file}")
    @Blocking
    public Response image(@RestPath String file) {
        stats.imageRequested();
        return ImageName.parse(file)
                .map(name -> Response.ok(renderer.jpeg(name), JPEG)
                        .header("Cache-Control", "public, max-age=31536000, immutable")
                        .build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
