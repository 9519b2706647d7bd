package io.toasty.examples.bookstore;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

/** {@code /authors}: list them a page at a time, add one, read one. */
@Path("/authors")
public class AuthorResource {
    @Inject
    Bookstore bookstore;

    @GET
    public PageOf<Author> list(@QueryParam("cursor") String cursor, @QueryParam("size") @DefaultValue("20") int size) {
        return PageOf.of(bookstore.authors(Optional.ofNullable(cursor), size));
    }

    @POST
    public Response add(Author author) {
        Author added = bookstore.addAuthor(author);
        return Response.created(URI.create("/authors/" + added.id))
                .entity(added)
                .build();
    }

    @GET
    @Path("/{id}")
    public Author get(long id) {
        return bookstore.author(id);
    }
}
