package io.toasty.writes;

import io.toasty.model.Json;
import io.toasty.model.Key;
import io.toasty.model.Model;
import java.util.Map;

/** A record with a JSON document of preferences. */
@Model
public record Profile(@Key String name, boolean active, @Json Map<String, Object> prefs) {}
