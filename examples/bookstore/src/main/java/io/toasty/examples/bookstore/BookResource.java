package io.toasty.examples.bookstore;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

/** {@code /books}: list (of one author, with {@code ?author=}), add, read with author and reviews, review, delete. */
@Path("/books")
public class BookResource {
    @Inject
    Bookstore bookstore;

    @GET
    public PageOf<Book> list(
            @QueryParam("author") Long author,
            @QueryParam("cursor") String cursor,
            @QueryParam("size") @DefaultValue("20") int size) {
        return PageOf.of(bookstore.books(Optional.ofNullable(author), Optional.ofNullable(cursor), size));
    }

    @POST
    public Response add(Book book) {
        Book added = bookstore.addBook(book);
        return Response.created(URI.create("/books/" + added.id)).entity(added).build();
    }

    @GET
    @Path("/{id}")
    public Bookstore.BookDetails get(long id) {
        return bookstore.book(id);
    }

    @POST
    @Path("/{id}/reviews")
    public Response review(long id, Review review) {
        Review added = bookstore.addReview(id, review);
        return Response.created(URI.create("/books/" + id)).entity(added).build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(long id) {
        bookstore.deleteBook(id);
        return Response.noContent().build();
    }
}
