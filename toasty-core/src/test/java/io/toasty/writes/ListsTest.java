package io.toasty.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.InvalidValueException;
import io.toasty.Repository;
import io.toasty.query.Comparison;
import io.toasty.query.Condition;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code List<String>}, {@code List<Integer>}, {@code List<UUID>} fields: database arrays, the same conditions. */
@DatabaseTest
class ListsTest {
    private static final UUID ADA = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    private final TestDatabase db;
    private final Repository<Playlist> playlists;

    ListsTest(TestDatabase db) {
        this.db = db;
        this.playlists = db.toasty(Playlist.class).repository(Playlist.class);
        playlists.insertAll(List.of(
                new Playlist("Rock", List.of("a", "b"), List.of(5, 4), List.of(ADA)),
                new Playlist("Jazz", List.of("b", "c", "d"), List.of(), List.of()),
                new Playlist("Empty", List.of(), null, null)));
    }

    private List<String> names(Condition<Playlist> condition) {
        return playlists.where(condition).orderBy(Playlist_.id.asc()).list().stream()
                .map(p -> p.name)
                .toList();
    }

    @Test
    void listsRoundTripAsUnmodifiableLists() {
        Playlist rock = playlists.where(Playlist_.name.eq("Rock")).one();
        assertEquals(List.of("a", "b"), rock.songs);
        assertEquals(List.of(5, 4), rock.ratings);
        assertEquals(List.of(ADA), rock.getOwners());
        assertThrows(UnsupportedOperationException.class, () -> rock.songs.add("c"));
        Playlist empty = playlists.where(Playlist_.name.eq("Empty")).one();
        assertEquals(List.of(), empty.songs);
        assertNull(empty.ratings);

        rock.songs = new ArrayList<>(Arrays.asList("a", null, "e"));
        playlists.update(rock);
        assertEquals(Arrays.asList("a", null, "e"), playlists.get(rock.id).songs, "null elements too");
        playlists.where(Playlist_.name.eq("Rock")).update(Playlist_.songs.set(new String[] {"x"}));
        assertEquals(List.of("x"), playlists.get(rock.id).songs);
    }

    @Test
    void theConditionsOfArrays() {
        assertEquals(List.of("Rock", "Jazz"), names(Playlist_.songs.contains("b")));
        assertEquals(List.of("Jazz"), names(Playlist_.songs.containsAll("b", "d")));
        assertEquals(List.of("Rock", "Jazz"), names(Playlist_.songs.overlaps("a", "c")));
        assertEquals(List.of("Jazz"), names(Playlist_.songs.length(Comparison.Operator.GE, 3)));
        assertEquals(List.of("Rock"), names(Playlist_.ratings.contains(5)));
        assertEquals(List.of("Rock"), names(Playlist_.owners.contains(ADA)));
    }

    @Test
    void badElementsAreRefusedBeforeAnySql() {
        Playlist bad = new Playlist("Bad", List.of("nul\0"), null, null);
        db.sqlLog().clear();
        InvalidValueException nul = assertThrows(InvalidValueException.class, () -> playlists.insert(bad));
        assertTrue(nul.getMessage().startsWith("Playlist.songs cannot store the value"), nul.getMessage());
        @SuppressWarnings({"unchecked", "rawtypes"})
        Playlist wrong = new Playlist("Wrong", (List) List.of(1, 2), null, null);
        InvalidValueException type = assertThrows(InvalidValueException.class, () -> playlists.insert(wrong));
        assertTrue(type.getMessage().endsWith("its element 0 is a Integer, not a String"), type.getMessage());
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    void theSchemaIsTheSameAsForArraysAndValidates() {
        db.builder(Playlist.class).build().schema().validate();
        assertEquals(
                db.builder(Post.class).build().schema().definition().tables().get(0).columns().stream()
                        .filter(c -> c.name().equals("tags"))
                        .findFirst()
                        .orElseThrow()
                        .type(),
                db.builder(Playlist.class).build().schema().definition().tables().get(0).columns().stream()
                        .filter(c -> c.name().equals("songs"))
                        .findFirst()
                        .orElseThrow()
                        .type());
    }
}
