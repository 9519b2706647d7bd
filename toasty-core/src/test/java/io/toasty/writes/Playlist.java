package io.toasty.writes;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import java.util.List;
import java.util.UUID;

/** {@code List} fields stored as database arrays, as the array fields of {@link Post} are. */
@Model
public class Playlist {
    @Key
    @Auto
    Long id;

    String name;
    List<String> songs;
    List<Integer> ratings;
    private List<UUID> owners;

    public Playlist() {}

    Playlist(String name, List<String> songs, List<Integer> ratings, List<UUID> owners) {
        this.name = name;
        this.songs = songs;
        this.ratings = ratings;
        this.owners = owners;
    }

    public List<UUID> getOwners() {
        return owners;
    }

    public void setOwners(List<UUID> owners) {
        this.owners = owners;
    }
}
