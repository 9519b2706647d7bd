package io.toasty.examples.bookstore;

import io.toasty.NotFoundException;
import io.toasty.Page;
import io.toasty.Query;
import io.toasty.Repository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The bookstore's operations. Writes are {@code @Transactional}: Toasty's statements join the Narayana transaction,
 * and each object is validated before its SQL is sent.
 */
@ApplicationScoped
public class Bookstore {
    @Inject
    Repository<Author> authors;

    @Inject
    Repository<Book> books;

    @Inject
    Repository<Review> reviews;

    /** A book with its author and its reviews. */
    public record BookDetails(Book book, Author author, List<Review> reviews) {}

    @Transactional
    public Author addAuthor(Author author) {
        author.id = null;
        return authors.insert(author);
    }

    public Author author(long id) {
        return authors.get(id);
    }

    public Page<Author> authors(Optional<String> cursor, int size) {
        Query<Author> query = authors.query().orderBy(Author_.name.asc());
        return cursor.isPresent() ? query.page(cursor.get()) : query.page(size);
    }

    @Transactional
    public Book addBook(Book book) {
        book.id = null;
        authors.get(book.authorId); // a book of an unknown author is refused with 404
        return books.insert(book);
    }

    /** The book with its author and reviews: three statements, one per table, however many reviews. */
    public BookDetails book(long id) {
        Book book = books.where(Book_.id.eq(id))
                .include(Book_.author)
                .include(Book_.reviews.orderBy(Review_.id.asc()))
                .first()
                .orElseThrow(() -> new NotFoundException("No Book has the key " + id));
        return new BookDetails(book, book.author.get(), book.reviews.get());
    }

    public Page<Book> books(Optional<Long> authorId, Optional<String> cursor, int size) {
        Query<Book> query = authorId.isPresent() ? books.where(Book_.authorId.eq(authorId.get())) : books.query();
        query = query.orderBy(Book_.title.asc());
        return cursor.isPresent() ? query.page(cursor.get()) : query.page(size);
    }

    @Transactional
    public Review addReview(long bookId, Review review) {
        books.get(bookId);
        review.id = null;
        review.bookId = bookId;
        return reviews.insert(review);
    }

    /** Deletes a book; the database deletes its reviews ({@code ON DELETE CASCADE}). */
    @Transactional
    public void deleteBook(long id) {
        if (!books.deleteByKey(id)) {
            throw new NotFoundException("No Book has the key " + id);
        }
    }
}
